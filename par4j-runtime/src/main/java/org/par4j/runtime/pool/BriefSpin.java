package org.par4j.runtime.pool;

import java.util.concurrent.BlockingDeque;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Spinning for a short while before blocking ({@code par4j.pool.spinMicros}, 50 by default, 0 to block
 * at once): waking a parked thread costs 10-50 us on a virtual machine, most of a quick call's round trip.
 *
 * <p>A caller whose result comes through a worker JVM's reader thread spins with {@link Thread#yield()}:
 * that thread sleeps in a read and, when the reply wakes it, needs a CPU that the caller and the worker
 * both hold while they spin. Yielding lets the kernel run it at once (an apply round trip went from
 * 10-34 to 11-16 us here); with thread workers, who are already running, yielding only adds delay.
 */
final class BriefSpin {
    private static final long NANOS = TimeUnit.MICROSECONDS.toNanos(Long.getLong("par4j.pool.spinMicros", 50));

    private BriefSpin() {
    }

    /**
     * Returns once the future is done or the spin is over.
     *
     * @param yielding yield the CPU between looks, rather than pause on it
     */
    static void untilDone(Future<?> f, boolean yielding) {
        long end = System.nanoTime() + NANOS;
        while (!f.isDone() && System.nanoTime() - end < 0) {
            if (yielding) {
                Thread.yield();
            } else {
                Thread.onSpinWait();
            }
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
