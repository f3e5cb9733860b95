package org.par4j.runtime.testkit;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Every wait in a test, scaled by {@code par4j.test.timeoutFactor}. */
public final class Timeouts {
    private static final double FACTOR = Double.parseDouble(System.getProperty("par4j.test.timeoutFactor", "1"));

    private Timeouts() {
    }

    /**
     * @param d a timeout for a quiet machine
     * @return it, scaled
     */
    public static Duration scaled(Duration d) {
        return Duration.ofNanos((long) (d.toNanos() * FACTOR));
    }

    /**
     * Polls {@code condition} until true, failing after the (scaled) timeout.
     *
     * @param what a description for the failure
     * @param timeout how long
     * @param condition what to wait for
     */
    public static void awaitTrue(String what, Duration timeout, BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + scaled(timeout).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("timed out after " + scaled(timeout) + " waiting for " + what);
            }
            Thread.sleep(20);
        }
    }
}
