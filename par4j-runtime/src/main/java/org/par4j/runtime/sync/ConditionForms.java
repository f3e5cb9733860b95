package org.par4j.runtime.sync;

import java.time.Duration;
import java.util.Date;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.par4j.Condition;

/**
 * A {@link Condition} whose every form of waiting comes down to one, {@link #awaitAtMost}: the
 * shared-memory condition and a manager's condition implement that and share the rest.
 */
public interface ConditionForms extends Condition {

    /**
     * Releases the lock, waits for a signal or the timeout, takes the lock back.
     *
     * @param timeout how long at most; null for no limit
     * @param interruptible whether an interrupt ends the wait
     * @return false if the time ran out, true otherwise
     * @throws InterruptedException if interruptible and interrupted while waiting
     */
    boolean awaitAtMost(Duration timeout, boolean interruptible) throws InterruptedException;

    @Override
    default boolean await(Duration timeout) throws InterruptedException {
        return awaitAtMost(timeout, true);
    }

    @Override
    default void await() throws InterruptedException {
        awaitAtMost(null, true);
    }

    @Override
    default void awaitUninterruptibly() {
        try {
            awaitAtMost(null, false);
        } catch (InterruptedException e) {
            throw new AssertionError("uninterruptible wait was interrupted", e);
        }
    }

    @Override
    default long awaitNanos(long nanosTimeout) throws InterruptedException {
        long start = System.nanoTime();
        awaitAtMost(Duration.ofNanos(nanosTimeout), true);
        return nanosTimeout - (System.nanoTime() - start);
    }

    @Override
    default boolean await(long time, TimeUnit unit) throws InterruptedException {
        return await(Duration.of(time, unit.toChronoUnit()));
    }

    @Override
    default boolean awaitUntil(Date deadline) throws InterruptedException {
        return await(Duration.ofMillis(deadline.getTime() - System.currentTimeMillis()));
    }

    @Override
    default boolean waitFor(BooleanSupplier predicate, Duration timeout) throws InterruptedException {
        Deadline deadline = Deadline.after(timeout);
        boolean result = predicate.getAsBoolean();
        while (!result && deadline.nextSlice() > 0) {
            awaitAtMost(deadline.timed() ? Duration.ofNanos(deadline.nanoTime() - System.nanoTime()) : null, true);
            result = predicate.getAsBoolean();
        }
        return result;
    }
}
