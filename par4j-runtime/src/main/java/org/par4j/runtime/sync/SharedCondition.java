package org.par4j.runtime.sync;

import static java.lang.foreign.ValueLayout.JAVA_INT;

import java.lang.foreign.MemorySegment;
import java.lang.invoke.VarHandle;
import java.time.Duration;
import java.util.Date;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.par4j.Condition;
import org.par4j.Lock;
import org.par4j.runtime.shm.AttachedSegments;
import org.par4j.runtime.shm.Futex;
import org.par4j.runtime.shm.SegmentLayout;
import org.par4j.runtime.shm.ShmHandle;
import org.par4j.runtime.shm.ShmSegment;

/**
 * A process-shared condition variable: a sequence number that every signal bumps, slept on with a
 * futex. A waiter reads the sequence while holding the lock, releases the lock, and sleeps while the
 * sequence is unchanged, so a signal between release and sleep is never lost.
 *
 * <pre>
 *  +---------------------------------------------------------------+
 *  |                 Signal sequence (futex word)                  |  0
 *  +---------------------------------------------------------------+
 *  |                     Sleepers (maybe asleep)                   |  4
 *  +---------------------------------------------------------------+
 * </pre>
 */
public final class SharedCondition extends ShmHandle implements Condition {
    private static final long serialVersionUID = 1L;
    private static final VarHandle INT = JAVA_INT.varHandle();
    private static final long SEQ_OFFSET = 0;
    private static final long SLEEPERS_OFFSET = 4;
    private static final int LENGTH = 8;

    private final SharedMutex lock;

    private SharedCondition(ShmSegment segment, SharedMutex lock) {
        super(segment, SegmentLayout.CONDITION);
        this.lock = lock;
    }

    /**
     * @param lock a par4j lock
     * @return a new condition bound to it
     */
    public static SharedCondition create(Lock lock) {
        if (!(lock instanceof SharedMutex mutex)) {
            throw new IllegalArgumentException("a shared Condition needs a par4j Lock or RLock, not " + lock);
        }
        return new SharedCondition(AttachedSegments.create(SegmentLayout.CONDITION, LENGTH), mutex);
    }

    @Override
    public Lock lock() {
        return lock;
    }

    @Override
    public boolean await(Duration timeout) throws InterruptedException {
        return await(Deadline.after(timeout), true);
    }

    @Override
    public void await() throws InterruptedException {
        await(Deadline.NEVER, true);
    }

    @Override
    public void awaitUninterruptibly() {
        try {
            await(Deadline.NEVER, false);
        } catch (InterruptedException e) {
            throw new AssertionError("uninterruptible wait was interrupted", e);
        }
    }

    @Override
    public long awaitNanos(long nanosTimeout) throws InterruptedException {
        long start = System.nanoTime();
        await(Deadline.after(Duration.ofNanos(nanosTimeout)), true);
        return nanosTimeout - (System.nanoTime() - start);
    }

    @Override
    public boolean await(long time, TimeUnit unit) throws InterruptedException {
        return await(Duration.of(time, unit.toChronoUnit()));
    }

    @Override
    public boolean awaitUntil(Date deadline) throws InterruptedException {
        return await(Duration.ofMillis(deadline.getTime() - System.currentTimeMillis()));
    }

    @Override
    public boolean waitFor(BooleanSupplier predicate, Duration timeout) throws InterruptedException {
        Deadline deadline = Deadline.after(timeout);
        boolean result = predicate.getAsBoolean();
        while (!result && deadline.nextSlice() > 0) {
            await(deadline, true);
            result = predicate.getAsBoolean();
        }
        return result;
    }

    /** @return false if the deadline passed without a signal */
    private boolean await(Deadline deadline, boolean interruptible) throws InterruptedException {
        MemorySegment m = payload();
        int seq = (int) INT.getVolatile(m, SEQ_OFFSET);
        int holds = lock.releaseFully();
        INT.getAndAdd(m, SLEEPERS_OFFSET, 1);
        try {
            while ((int) INT.getVolatile(m, SEQ_OFFSET) == seq) {
                if (interruptible && Thread.interrupted()) {
                    throw new InterruptedException();
                }
                long slice = deadline.nextSlice();
                if (slice <= 0) {
                    return false;
                }
                Futex.await(m, SEQ_OFFSET, seq, slice);
            }
            return true;
        } finally {
            INT.getAndAdd(m, SLEEPERS_OFFSET, -1);
            lock.reacquire(holds);
        }
    }

    @Override
    public void signal() {
        wake(1);
    }

    @Override
    public void signalAll() {
        wake(Integer.MAX_VALUE);
    }

    private void wake(int count) {
        if (!lock.isHeldByCurrentThread()) {
            throw new IllegalMonitorStateException(lock + " must be held to signal " + this);
        }
        MemorySegment m = payload();
        INT.getAndAdd(m, SEQ_OFFSET, 1);
        if ((int) INT.getVolatile(m, SLEEPERS_OFFSET) > 0) {
            Futex.wake(m, SEQ_OFFSET, count);
        }
    }

    @Override
    public String toString() {
        return "Condition " + segmentName() + " on " + lock;
    }
}
