package org.par4j.runtime.testing;

import java.time.Duration;

/** Test waits, scaled by the system property {@code par4j.test.timeoutFactor} (default 1). */
public final class Timeouts {
    /** The factor every test wait is multiplied by. */
    public static final double FACTOR = Double.parseDouble(System.getProperty("par4j.test.timeoutFactor", "1"));

    private Timeouts() {
    }

    /**
     * @param base the wait on a quiet machine
     * @return the wait to use here
     */
    public static Duration scaled(Duration base) {
        return Duration.ofNanos((long) (base.toNanos() * FACTOR));
    }

    /**
     * @param seconds the wait on a quiet machine
     * @return the wait to use here
     */
    public static Duration seconds(double seconds) {
        return scaled(Duration.ofMillis((long) (seconds * 1000)));
    }
}
