package org.par4j.runtime.sync;

import java.util.concurrent.TimeUnit;

/** The {@code par4j.sync.*} system properties, each with its default. */
final class SyncProperties {
    /**
     * {@code par4j.sync.sliceMillis}: longest single futex sleep before a waiter re-checks interrupts
     * and whether the lock's owner is alive; default 50.
     */
    static final long SLICE_NANOS = TimeUnit.MILLISECONDS.toNanos(Long.getLong("par4j.sync.sliceMillis", 50));
    /** {@code par4j.sync.spins}: busy re-checks of a held lock before sleeping; default 64. */
    static final int SPINS = Integer.getInteger("par4j.sync.spins", 64);

    private SyncProperties() {
    }
}
