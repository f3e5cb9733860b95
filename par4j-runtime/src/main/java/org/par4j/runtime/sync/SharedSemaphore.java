package org.par4j.runtime.sync;

import static java.lang.foreign.ValueLayout.JAVA_INT;
import static org.par4j.runtime.sync.SemaphoreDescriptor.MAX_OFFSET;
import static org.par4j.runtime.sync.SemaphoreDescriptor.PERMITS_OFFSET;
import static org.par4j.runtime.sync.SemaphoreDescriptor.SLEEPERS_OFFSET;

import java.lang.foreign.MemorySegment;
import java.lang.invoke.VarHandle;
import java.time.Duration;
import org.par4j.BoundedSemaphore;
import org.par4j.Semaphore;
import org.par4j.runtime.shm.AttachedSegments;
import org.par4j.runtime.shm.Futex;
import org.par4j.runtime.shm.SegmentLayout;
import org.par4j.runtime.shm.ShmHandle;
import org.par4j.runtime.shm.ShmSegment;

/** A process-shared counting semaphore on a futex word ({@link SemaphoreDescriptor}); bounded or not. */
public class SharedSemaphore extends ShmHandle implements Semaphore {
    private static final long serialVersionUID = 1L;
    private static final VarHandle INT = JAVA_INT.varHandle();

    SharedSemaphore(ShmSegment segment) {
        super(segment, SegmentLayout.SEMAPHORE);
    }

    /**
     * @param permits initial permits
     * @param bounded true if releasing above {@code permits} is an error
     * @return a new semaphore
     */
    public static SharedSemaphore create(int permits, boolean bounded) {
        if (permits < 0) {
            throw new IllegalArgumentException("a semaphore needs zero or more permits, not " + permits);
        }
        ShmSegment s = AttachedSegments.create(SegmentLayout.SEMAPHORE, SemaphoreDescriptor.LENGTH);
        MemorySegment m = s.payload();
        m.set(JAVA_INT, MAX_OFFSET, bounded ? permits : -1);
        INT.setVolatile(m, (long) PERMITS_OFFSET, permits);
        return bounded ? new Bounded(s) : new SharedSemaphore(s);
    }

    /** The bounded variant. */
    static final class Bounded extends SharedSemaphore implements BoundedSemaphore {
        private static final long serialVersionUID = 1L;

        Bounded(ShmSegment segment) {
            super(segment);
        }
    }

    @Override
    public void acquire() throws InterruptedException {
        acquire(Deadline.NEVER);
    }

    @Override
    public boolean tryAcquire() {
        MemorySegment m = payload();
        for (int c = (int) INT.getVolatile(m, (long) PERMITS_OFFSET); c > 0; c = (int) INT.getVolatile(m, (long) PERMITS_OFFSET)) {
            if (INT.compareAndSet(m, (long) PERMITS_OFFSET, c, c - 1)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean tryAcquire(Duration timeout) throws InterruptedException {
        return acquire(Deadline.after(timeout));
    }

    private boolean acquire(Deadline deadline) throws InterruptedException {
        MemorySegment m = payload();
        while (true) {
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
            if (tryAcquire()) {
                return true;
            }
            long slice = deadline.nextSlice();
            if (slice <= 0) {
                return false;
            }
            INT.getAndAdd(m, (long) SLEEPERS_OFFSET, 1);
            try {
                Futex.await(m, PERMITS_OFFSET, 0, slice);
            } finally {
                INT.getAndAdd(m, (long) SLEEPERS_OFFSET, -1);
            }
        }
    }

    @Override
    public void release() {
        MemorySegment m = payload();
        int max = m.get(JAVA_INT, MAX_OFFSET);
        if (max < 0) {
            INT.getAndAdd(m, (long) PERMITS_OFFSET, 1);
        } else {
            int c;
            do {
                c = (int) INT.getVolatile(m, (long) PERMITS_OFFSET);
                if (c >= max) {
                    throw new IllegalStateException(this + " released more often than acquired (" + max + " permits)");
                }
            } while (!INT.compareAndSet(m, (long) PERMITS_OFFSET, c, c + 1));
        }
        if ((int) INT.getVolatile(m, (long) SLEEPERS_OFFSET) > 0) {
            Futex.wake(m, PERMITS_OFFSET, 1);
        }
    }

    @Override
    public int availablePermits() {
        return (int) INT.getVolatile(payload(), (long) PERMITS_OFFSET);
    }

    /** @return the largest number of permits of a bounded semaphore, -1 if unbounded */
    public int maxPermits() {
        return payload().get(JAVA_INT, MAX_OFFSET);
    }

    @Override
    public String toString() {
        return (maxPermits() < 0 ? "Semaphore " : "BoundedSemaphore ") + segmentName();
    }
}
