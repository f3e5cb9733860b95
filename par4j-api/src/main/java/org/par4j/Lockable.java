package org.par4j;

import java.util.function.Supplier;

/**
 * A shared object that may come with its own {@link Lock}, as Python's {@code Value} and {@code Array}
 * do ({@code get_lock()}); the {@code createRaw} factories make them without one ({@code RawValue},
 * {@code RawArray}).
 */
public interface Lockable {

    /**
     * @return the lock that guards this object (reentrant, as Python's)
     * @throws IllegalStateException if it was created without one ({@code createRaw})
     */
    Lock lock();

    /** @return true if it was created with a lock */
    boolean hasLock();

    /**
     * Runs {@code action} holding this object's lock, for compound updates such as
     * {@code v.set(v.get() - 1)} that must not interleave with other processes.
     *
     * @param action what to run
     * @throws LockOwnerDiedException if the lock's holder died; the lock is released again first
     */
    default void withLock(Runnable action) {
        lock().withLock(action);
    }

    /**
     * @param <T> the result type
     * @param action what to compute holding the lock
     * @return its result
     */
    default <T> T withLock(Supplier<T> action) {
        return lock().withLock(action);
    }
}
