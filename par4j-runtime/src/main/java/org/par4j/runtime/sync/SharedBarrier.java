package org.par4j.runtime.sync;

import static java.lang.foreign.ValueLayout.JAVA_INT;

import java.lang.foreign.MemorySegment;
import java.lang.invoke.VarHandle;
import java.time.Duration;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.TimeoutException;
import org.par4j.Barrier;
import org.par4j.runtime.shm.AttachedSegments;
import org.par4j.runtime.shm.Futex;
import org.par4j.runtime.shm.SegmentLayout;
import org.par4j.runtime.shm.ShmHandle;
import org.par4j.runtime.shm.ShmSegment;

/**
 * A process-shared cyclic barrier, lock-free: each party increments the arrival count; the last one
 * resets it, bumps the generation and wakes all; the others sleep while the generation is unchanged.
 *
 * <pre>
 *  +---------------------------------------------------------------+
 *  |                   Generation (futex word)                     |  0
 *  +---------------------------------------------------------------+
 *  |                 Arrived in this generation                    |  4
 *  +---------------------------------------------------------------+
 *  |                   Broken: 0 no, 1 yes                         |  8
 *  +---------------------------------------------------------------+
 *  |                          Parties                              | 12
 *  +---------------------------------------------------------------+
 * </pre>
 */
public final class SharedBarrier extends ShmHandle implements Barrier {
    private static final long serialVersionUID = 1L;
    private static final VarHandle INT = JAVA_INT.varHandle();
    private static final long GENERATION_OFFSET = 0;
    private static final long ARRIVED_OFFSET = 4;
    private static final long BROKEN_OFFSET = 8;
    private static final long PARTIES_OFFSET = 12;
    private static final int LENGTH = 16;

    private SharedBarrier(ShmSegment segment) {
        super(segment, SegmentLayout.BARRIER);
    }

    /**
     * @param parties how many callers each round needs
     * @return a new barrier
     */
    public static SharedBarrier create(int parties) {
        if (parties < 1) {
            throw new IllegalArgumentException("a barrier needs at least one party, not " + parties);
        }
        ShmSegment s = AttachedSegments.create(SegmentLayout.BARRIER, LENGTH);
        INT.setVolatile(s.payload(), PARTIES_OFFSET, parties);
        return new SharedBarrier(s);
    }

    @Override
    public int await() throws InterruptedException, BrokenBarrierException {
        try {
            return await(Deadline.NEVER);
        } catch (TimeoutException e) {
            throw new AssertionError("untimed wait timed out", e);
        }
    }

    @Override
    public int await(Duration timeout) throws InterruptedException, BrokenBarrierException, TimeoutException {
        return await(Deadline.after(timeout));
    }

    private int await(Deadline deadline) throws InterruptedException, BrokenBarrierException, TimeoutException {
        MemorySegment m = payload();
        int generation = (int) INT.getVolatile(m, GENERATION_OFFSET);
        requireIntact(m);
        int index = (int) INT.getAndAdd(m, ARRIVED_OFFSET, 1);
        if (index == parties() - 1) {
            INT.setVolatile(m, ARRIVED_OFFSET, 0);
            INT.getAndAdd(m, GENERATION_OFFSET, 1);
            Futex.wake(m, GENERATION_OFFSET, Integer.MAX_VALUE);
            return index;
        }
        while ((int) INT.getVolatile(m, GENERATION_OFFSET) == generation) {
            requireIntact(m);
            if (Thread.interrupted()) {
                abort();
                throw new InterruptedException();
            }
            long slice = deadline.nextSlice();
            if (slice <= 0) {
                abort();
                throw new TimeoutException(this + ": " + numberWaiting() + " of " + parties()
                        + " parties arrived before the timeout; the barrier is now broken");
            }
            Futex.await(m, GENERATION_OFFSET, generation, slice);
        }
        return index;
    }

    private void requireIntact(MemorySegment m) throws BrokenBarrierException {
        if ((int) INT.getVolatile(m, BROKEN_OFFSET) != 0) {
            throw new BrokenBarrierException(this + " is broken (a party timed out, was interrupted or aborted)");
        }
    }

    @Override
    public int parties() {
        return payload().get(JAVA_INT, PARTIES_OFFSET);
    }

    @Override
    public int numberWaiting() {
        return (int) INT.getVolatile(payload(), ARRIVED_OFFSET);
    }

    @Override
    public boolean isBroken() {
        return (int) INT.getVolatile(payload(), BROKEN_OFFSET) != 0;
    }

    @Override
    public void abort() {
        MemorySegment m = payload();
        INT.setVolatile(m, BROKEN_OFFSET, 1);
        Futex.wake(m, GENERATION_OFFSET, Integer.MAX_VALUE);
    }

    @Override
    public void reset() {
        MemorySegment m = payload();
        INT.setVolatile(m, ARRIVED_OFFSET, 0);
        INT.setVolatile(m, BROKEN_OFFSET, 0);
        INT.getAndAdd(m, GENERATION_OFFSET, 1);
        Futex.wake(m, GENERATION_OFFSET, Integer.MAX_VALUE);
    }

    @Override
    public String toString() {
        return "Barrier " + segmentName();
    }
}
