package org.par4j.runtime.queue;

import java.time.Duration;
import org.par4j.Par4jException;

/**
 * How long one blocking ring operation may wait, and what to check between futex slices: the
 * deadline, interrupts, and (through {@link #checkPeers}) whether the other side still exists.
 */
abstract class RingWait {
    private final long deadline;
    private final boolean timed;

    /** @param timeout how long at most, or null for no limit */
    RingWait(Duration timeout) {
        this.timed = timeout != null;
        long nanos = timed ? Math.max(0, saturatedNanos(timeout)) : 0;
        this.deadline = System.nanoTime() + nanos;
    }

    private static long saturatedNanos(Duration d) {
        try {
            return d.toNanos();
        } catch (ArithmeticException e) {
            return Long.MAX_VALUE / 2;
        }
    }

    /** @return nanoseconds for the next futex sleep; 0 or less once the deadline has passed */
    final long nextSlice() {
        if (Thread.interrupted()) {
            Thread.currentThread().interrupt();
            throw new Par4jException("interrupted while waiting on a pipe or queue");
        }
        return timed ? Math.min(deadline - System.nanoTime(), IpcProperties.SLICE_NANOS) : IpcProperties.SLICE_NANOS;
    }

    /**
     * Called after every wake-up, and with {@code sliceRanOut} after a slice that nothing ended.
     *
     * @param sliceRanOut true if a whole slice passed: time for the costly liveness checks
     */
    abstract void checkPeers(boolean sliceRanOut);

    /** @return the exception for a wait that reached its deadline */
    abstract RuntimeException timedOut();
}
