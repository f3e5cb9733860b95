package org.par4j.runtime.queue;

import java.lang.foreign.MemorySegment;
import java.time.Duration;
import org.par4j.JoinableQueue;
import org.par4j.Par4jException;
import org.par4j.runtime.shm.Futex;
import org.par4j.runtime.shm.ShmSegment;

/**
 * A {@link ShmQueue} that counts unfinished items in a futex word of its segment: a put adds one (under
 * the producer lock, before the item is visible), {@link #taskDone()} removes one, {@link #join} sleeps
 * until the word is zero.
 *
 * @param <T> the element type
 */
final class ShmJoinableQueue<T> extends ShmQueue<T> implements JoinableQueue<T> {
    private static final long serialVersionUID = 1L;

    ShmJoinableQueue(ShmSegment segment, long ringCapacity) {
        super(segment, ringCapacity);
    }

    @Override
    void beforeWrite(Parts p) {
        INT.getAndAdd(p.payload(), UNFINISHED, 1);
    }

    @Override
    public void taskDone() {
        MemorySegment m = parts().payload();
        while (true) {
            int n = (int) INT.getVolatile(m, UNFINISHED);
            if (n <= 0) {
                throw new IllegalStateException("taskDone() called more times than items were put");
            }
            if (INT.compareAndSet(m, UNFINISHED, n, n - 1)) {
                if (n == 1 && (int) INT.getVolatile(m, UNFINISHED_SLEEPERS) != 0) {
                    Futex.wake(m, UNFINISHED, Integer.MAX_VALUE);
                }
                return;
            }
        }
    }

    @Override
    public void join() {
        join(null);
    }

    @Override
    public boolean join(Duration timeout) {
        MemorySegment m = parts().payload();
        long deadline = timeout == null ? Long.MAX_VALUE : System.nanoTime() + Math.max(0, timeout.toNanos());
        while (true) {
            int n = (int) INT.getVolatile(m, UNFINISHED);
            if (n == 0) {
                return true;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            if (Thread.interrupted()) {
                Thread.currentThread().interrupt();
                throw new Par4jException("interrupted while joining a queue");
            }
            INT.getAndAdd(m, UNFINISHED_SLEEPERS, 1);
            try {
                Futex.await(m, UNFINISHED, n, Math.min(left, IpcProperties.SLICE_NANOS));
            } finally {
                INT.getAndAdd(m, UNFINISHED_SLEEPERS, -1);
            }
        }
    }

    @Override
    public String toString() {
        return "JoinableQueue " + segmentName();
    }
}
