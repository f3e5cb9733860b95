package org.par4j.runtime.sync;

import static java.lang.foreign.ValueLayout.JAVA_INT;

import java.lang.foreign.MemorySegment;
import java.lang.invoke.VarHandle;
import java.time.Duration;
import org.par4j.Event;
import org.par4j.runtime.shm.AttachedSegments;
import org.par4j.runtime.shm.Futex;
import org.par4j.runtime.shm.SegmentLayout;
import org.par4j.runtime.shm.ShmHandle;
import org.par4j.runtime.shm.ShmSegment;

/**
 * A process-shared event flag.
 *
 * <pre>
 *  +---------------------------------------------------------------+
 *  |              Flag: 0 clear, 1 set (futex word)                |  0
 *  +---------------------------------------------------------------+
 *  |                     Sleepers (maybe asleep)                   |  4
 *  +---------------------------------------------------------------+
 * </pre>
 *
 * A waiter counts itself, then sleeps on "flag == 0"; {@link #set()} stores 1 and wakes all if the
 * count is positive.
 */
public final class SharedEvent extends ShmHandle implements Event {
    private static final long serialVersionUID = 1L;
    private static final VarHandle INT = JAVA_INT.varHandle();
    private static final long FLAG_OFFSET = 0;
    private static final long SLEEPERS_OFFSET = 4;
    private static final int LENGTH = 8;

    private SharedEvent(ShmSegment segment) {
        super(segment, SegmentLayout.EVENT);
    }

    /** @return a new clear event */
    public static SharedEvent create() {
        return new SharedEvent(AttachedSegments.create(SegmentLayout.EVENT, LENGTH));
    }

    @Override
    public void set() {
        MemorySegment m = payload();
        INT.setVolatile(m, FLAG_OFFSET, 1);
        if ((int) INT.getVolatile(m, SLEEPERS_OFFSET) > 0) {
            Futex.wake(m, FLAG_OFFSET, Integer.MAX_VALUE);
        }
    }

    @Override
    public void clear() {
        INT.setVolatile(payload(), FLAG_OFFSET, 0);
    }

    @Override
    public boolean isSet() {
        return (int) INT.getVolatile(payload(), FLAG_OFFSET) != 0;
    }

    @Override
    public void await() throws InterruptedException {
        await(Deadline.NEVER);
    }

    @Override
    public boolean await(Duration timeout) throws InterruptedException {
        return await(Deadline.after(timeout));
    }

    private boolean await(Deadline deadline) throws InterruptedException {
        MemorySegment m = payload();
        while (true) {
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
            if (isSet()) {
                return true;
            }
            long slice = deadline.nextSlice();
            if (slice <= 0) {
                return false;
            }
            INT.getAndAdd(m, SLEEPERS_OFFSET, 1);
            try {
                Futex.await(m, FLAG_OFFSET, 0, slice);
            } finally {
                INT.getAndAdd(m, SLEEPERS_OFFSET, -1);
            }
        }
    }

    @Override
    public String toString() {
        return "Event " + segmentName();
    }
}
