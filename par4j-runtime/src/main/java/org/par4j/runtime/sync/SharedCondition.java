package org.par4j.runtime.sync;

import static java.lang.foreign.ValueLayout.JAVA_INT;

import java.lang.foreign.MemorySegment;
import java.lang.invoke.VarHandle;
import java.time.Duration;
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
public final class SharedCondition extends ShmHandle implements ConditionForms {
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
    public boolean awaitAtMost(Duration timeout, boolean interruptible) throws InterruptedException {
        return await(timeout == null ? Deadline.NEVER : Deadline.after(timeout), interruptible);
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
