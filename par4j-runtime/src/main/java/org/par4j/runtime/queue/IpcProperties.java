package org.par4j.runtime.queue;

import java.util.concurrent.TimeUnit;

/** The {@code par4j.ipc.*} system properties, each with its default. */
final class IpcProperties {
    /**
     * {@code par4j.ipc.spinMicros}: how long a blocked send or receive re-checks the ring before it
     * sleeps on a futex; default 50. Kernel wake-ups cost tens of microseconds on a VM, a ping-pong
     * reply comes in a few: spinning this long is what keeps the one-way latency low.
     */
    static final long SPIN_NANOS = TimeUnit.MICROSECONDS.toNanos(Long.getLong("par4j.ipc.spinMicros", 50));
    /**
     * {@code par4j.ipc.sliceMillis}: longest single futex sleep before a waiter re-checks its
     * deadline, interrupts and whether its peers are alive; default 100.
     */
    static final long SLICE_NANOS = TimeUnit.MILLISECONDS.toNanos(Long.getLong("par4j.ipc.sliceMillis", 100));
    /**
     * {@code par4j.ipc.ringBytes}: bytes in the ring of a queue and in each direction of a pipe,
     * rounded up to a power of two; default 4 MiB. Only the pages a message touches use memory.
     */
    static final long RING_BYTES = Long.highestOneBit(Math.max(4096, Long.getLong("par4j.ipc.ringBytes", 4 << 20) * 2 - 1));

    private IpcProperties() {
    }
}
