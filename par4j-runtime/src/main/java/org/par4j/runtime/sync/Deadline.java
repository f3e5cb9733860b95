package org.par4j.runtime.sync;

import java.time.Duration;

/** When a wait must end: a {@link System#nanoTime()} instant, or never. */
record Deadline(long nanoTime, boolean timed) {
    static final Deadline NEVER = new Deadline(0, false);

    /**
     * @param timeout how long from now; negative counts as zero
     * @return the deadline
     */
    static Deadline after(Duration timeout) {
        long nanos;
        try {
            nanos = Math.max(0, timeout.toNanos());
        } catch (ArithmeticException e) {
            return NEVER;
        }
        return new Deadline(System.nanoTime() + nanos, true);
    }

    /** @return nanoseconds to sleep in the next slice; 0 or less if the deadline has passed */
    long nextSlice() {
        if (!timed) {
            return SyncProperties.SLICE_NANOS;
        }
        return Math.min(nanoTime - System.nanoTime(), SyncProperties.SLICE_NANOS);
    }
}
