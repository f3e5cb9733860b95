package org.par4j.runtime.sync;

import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static org.par4j.runtime.sync.MutexDescriptor.HOLDS_OFFSET;
import static org.par4j.runtime.sync.MutexDescriptor.OWNER_PID_OFFSET;
import static org.par4j.runtime.sync.MutexDescriptor.OWNER_START_OFFSET;
import static org.par4j.runtime.sync.MutexDescriptor.OWNER_THREAD_OFFSET;
import static org.par4j.runtime.sync.MutexDescriptor.WAITERS;
import static org.par4j.runtime.sync.MutexDescriptor.WORD_OFFSET;

import java.lang.foreign.MemorySegment;
import java.lang.invoke.VarHandle;
import java.time.Duration;
import org.par4j.Condition;
import org.par4j.LockOwnerDiedException;
import org.par4j.Lock;
import org.par4j.runtime.shm.AttachedSegments;
import org.par4j.runtime.shm.Futex;
import org.par4j.runtime.shm.ProcessIdentity;
import org.par4j.runtime.shm.SegmentLayout;
import org.par4j.runtime.shm.ShmHandle;
import org.par4j.runtime.shm.ShmSegment;

/**
 * A robust process-shared mutex on a futex word ({@link MutexDescriptor}), the algorithm of glibc's
 * robust pthread mutexes: acquire is a compare-and-set of 0 to our pid; release an atomic exchange to
 * 0 that wakes one sleeper only if the waiters bit was set. Sleepers wait in slices of
 * {@code par4j.sync.sliceMillis} and, after each, check that the owner's process still lives; if not
 * they take the lock over and report it with {@link LockOwnerDiedException}.
 *
 * <p>This class is the non-reentrant {@code Lock} (re-locking throws); {@link SharedReentrantMutex}
 * the {@code RLock}.
 */
public class SharedMutex extends ShmHandle implements Lock {
    private static final long serialVersionUID = 1L;
    private static final VarHandle INT = JAVA_INT.varHandle();
    private static final VarHandle LONG = JAVA_LONG.varHandle();
    private static final int ME = (int) ProcessIdentity.current().pid();
    private static final long MY_START = ProcessIdentity.current().startTicks();

    private final long base;
    private final boolean reentrant;

    /**
     * @param segment the segment holding the mutex
     * @param layout the segment's layout
     * @param base offset of the {@link MutexDescriptor} in the payload
     * @param reentrant true for an RLock
     */
    protected SharedMutex(ShmSegment segment, SegmentLayout layout, long base, boolean reentrant) {
        super(segment, layout);
        this.base = base;
        this.reentrant = reentrant;
    }

    /**
     * @param reentrant true for an RLock
     * @return a new free mutex in a segment of its own
     */
    public static SharedMutex create(boolean reentrant) {
        ShmSegment s = AttachedSegments.create(SegmentLayout.MUTEX, MutexDescriptor.LENGTH);
        return at(s, SegmentLayout.MUTEX, 0, reentrant);
    }

    /**
     * @param segment a segment with a mutex at {@code base} of its payload
     * @param layout the segment's layout
     * @param base offset of the {@link MutexDescriptor} in the payload
     * @param reentrant true for an RLock
     * @return a lock on it
     */
    public static SharedMutex at(ShmSegment segment, SegmentLayout layout, long base, boolean reentrant) {
        return reentrant ? new SharedReentrantMutex(segment, layout, base) : new SharedMutex(segment, layout, base, false);
    }

    @Override
    public void lock() {
        MemorySegment m = payload();
        if (INT.compareAndSet(m, base + WORD_OFFSET, 0, ME)) {
            recordOwner(m);
            return;
        }
        try {
            acquireSlow(m, Deadline.NEVER, false);
        } catch (InterruptedException e) {
            throw new AssertionError("uninterruptible wait was interrupted", e);
        }
    }

    @Override
    public void lockInterruptibly() throws InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        MemorySegment m = payload();
        if (INT.compareAndSet(m, base + WORD_OFFSET, 0, ME)) {
            recordOwner(m);
            return;
        }
        acquireSlow(m, Deadline.NEVER, true);
    }

    @Override
    public boolean tryLock() {
        MemorySegment m = payload();
        if (INT.compareAndSet(m, base + WORD_OFFSET, 0, ME)) {
            recordOwner(m);
            return true;
        }
        return heldByMe(m, (int) INT.getVolatile(m, base + WORD_OFFSET)) && reenter(m, true);
    }

    @Override
    public boolean tryLock(Duration timeout) throws InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        MemorySegment m = payload();
        if (INT.compareAndSet(m, base + WORD_OFFSET, 0, ME)) {
            recordOwner(m);
            return true;
        }
        return acquireSlow(m, Deadline.after(timeout), true);
    }

    @Override
    public void unlock() {
        MemorySegment m = payload();
        long word = base + WORD_OFFSET;
        int c = (int) INT.getVolatile(m, word);
        if ((c & ~WAITERS) != ME || (long) LONG.get(m, base + OWNER_THREAD_OFFSET) != Thread.currentThread().threadId()) {
            throw new IllegalMonitorStateException(this + " is not held by this thread");
        }
        int extra = (int) INT.get(m, base + HOLDS_OFFSET);
        if (extra > 0) {
            INT.set(m, base + HOLDS_OFFSET, extra - 1);
            return;
        }
        LONG.set(m, base + OWNER_THREAD_OFFSET, 0L);
        int old = (int) INT.getAndSet(m, word, 0);
        if ((old & WAITERS) != 0) {
            Futex.wake(m, word, 1);
        }
    }

    /** The uncontended path found the lock held: spin a little, then sleep in slices. */
    private boolean acquireSlow(MemorySegment m, Deadline deadline, boolean interruptible) throws InterruptedException {
        long word = base + WORD_OFFSET;
        int spins = 0;
        while (true) {
            int c = (int) INT.getVolatile(m, word);
            if (c == 0) {
                // Keep the waiters bit: others may be asleep, and the next unlock must wake them.
                if (INT.compareAndSet(m, word, 0, ME | WAITERS)) {
                    recordOwner(m);
                    return true;
                }
                continue;
            }
            if (heldByMe(m, c)) {
                return reenter(m, deadline.timed());
            }
            if (spins < SyncProperties.SPINS) {
                spins++;
                Thread.onSpinWait();
                continue;
            }
            if ((c & WAITERS) == 0 && !INT.compareAndSet(m, word, c, c | WAITERS)) {
                continue;
            }
            long slice = deadline.nextSlice();
            if (slice <= 0) {
                return false;
            }
            Futex.WaitResult r = Futex.await(m, word, c | WAITERS, slice);
            if (interruptible && Thread.interrupted()) {
                throw new InterruptedException();
            }
            if (r == Futex.WaitResult.TIMED_OUT && ownerDied(m, c & ~WAITERS)
                    && INT.compareAndSet(m, word, c | WAITERS, ME | WAITERS)) {
                INT.set(m, base + HOLDS_OFFSET, 0);
                recordOwner(m);
                throw new LockOwnerDiedException(toString(), c & ~WAITERS);
            }
        }
    }

    /** @return true if the word says this process holds the lock, and this thread is the holder */
    private boolean heldByMe(MemorySegment m, int c) {
        return (c & ~WAITERS) == ME
                && (long) LONG.getOpaque(m, base + OWNER_THREAD_OFFSET) == Thread.currentThread().threadId();
    }

    /**
     * The calling thread holds the lock and asks for it again.
     *
     * @param mayFail true to answer false for a non-reentrant lock (tryLock), false to throw (lock)
     * @return true if re-entered
     */
    private boolean reenter(MemorySegment m, boolean mayFail) {
        if (!reentrant) {
            if (mayFail) {
                return false;
            }
            throw new IllegalStateException(this + " is not reentrant and this thread already holds it: use an RLock");
        }
        INT.set(m, base + HOLDS_OFFSET, (int) INT.get(m, base + HOLDS_OFFSET) + 1);
        return true;
    }

    private void recordOwner(MemorySegment m) {
        LONG.set(m, base + OWNER_THREAD_OFFSET, Thread.currentThread().threadId());
        if ((long) LONG.get(m, base + OWNER_PID_OFFSET) != ME) {
            LONG.set(m, base + OWNER_START_OFFSET, MY_START);
            LONG.setRelease(m, base + OWNER_PID_OFFSET, (long) ME);
        }
    }

    private boolean ownerDied(MemorySegment m, int ownerPid) {
        if (ownerPid == ME) {
            return false;
        }
        // The recorded start time belongs to ownerPid only if the recorded pid says so; else trust the pid.
        long recordedPid = (long) LONG.getAcquire(m, base + OWNER_PID_OFFSET);
        long start = recordedPid == ownerPid ? (long) LONG.get(m, base + OWNER_START_OFFSET) : 0;
        return !new ProcessIdentity(ownerPid, start).isAlive();
    }

    /**
     * Releases every hold of the calling thread, for a condition wait.
     *
     * @return the number of holds to restore with {@link #reacquire(int)}
     */
    int releaseFully() {
        MemorySegment m = payload();
        if (!isHeldByCurrentThread()) {
            throw new IllegalMonitorStateException(this + " must be held to await a condition");
        }
        int holds = (int) INT.get(m, base + HOLDS_OFFSET) + 1;
        INT.set(m, base + HOLDS_OFFSET, 0);
        unlock();
        return holds;
    }

    /** @param holds what {@link #releaseFully()} returned */
    void reacquire(int holds) {
        lock();
        INT.set(payload(), base + HOLDS_OFFSET, holds - 1);
    }

    /** @return how many times the calling thread holds the lock (0 if it does not) */
    public int holdCount() {
        return isHeldByCurrentThread() ? (int) INT.get(payload(), base + HOLDS_OFFSET) + 1 : 0;
    }

    @Override
    public boolean isLocked() {
        return (int) INT.getVolatile(payload(), base + WORD_OFFSET) != 0;
    }

    @Override
    public boolean isHeldByCurrentThread() {
        MemorySegment m = payload();
        return ((int) INT.getVolatile(m, base + WORD_OFFSET) & ~WAITERS) == ME
                && (long) LONG.getOpaque(m, base + OWNER_THREAD_OFFSET) == Thread.currentThread().threadId();
    }

    @Override
    public long ownerPid() {
        int c = (int) INT.getVolatile(payload(), base + WORD_OFFSET) & ~WAITERS;
        return c == 0 ? -1 : c;
    }

    @Override
    public Condition newCondition() {
        return SharedCondition.create(this);
    }

    @Override
    public String toString() {
        return (reentrant ? "RLock " : "Lock ") + segmentName() + (base == 0 ? "" : "@" + base);
    }
}
