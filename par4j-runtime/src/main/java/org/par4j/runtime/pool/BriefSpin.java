package org.par4j.runtime.pool;

import java.util.concurrent.BlockingDeque;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Spinning for a short while before blocking ({@code par4j.pool.spinMicros}, 50 by default, 0 to block
 * at once): waking a parked thread costs 10-50 us on a virtual machine, most of a quick call's round trip.
 */
final class BriefSpin {
    private static final long NANOS = TimeUnit.MICROSECONDS.toNanos(Long.getLong("par4j.pool.spinMicros", 50));

    private BriefSpin() {
    }

    /** Returns once the future is done or the spin is over. */
    static void untilDone(Future<?> f) {
        long end = System.nanoTime() + NANOS;
        while (!f.isDone() && System.nanoTime() - end < 0) {
            Thread.onSpinWait();
        }
    }

    /** @return the deque's first element if one comes within the spin, else null */
    static <T> T poll(BlockingDeque<T> q) {
        long end = System.nanoTime() + NANOS;
        for (T t; ; Thread.onSpinWait()) {
            if ((t = q.pollFirst()) != null || System.nanoTime() - end >= 0) {
                return t;
            }
        }
    }
}
