package org.par4j;

/**
 * One value held by a {@link Manager}'s server: Python's {@code manager.Value()}. Every call is a round
 * trip to the server; a {@link SharedLong} or {@link SharedDouble} in shared memory is far cheaper.
 *
 * @param <T> the value's type
 */
public interface ManagedValue<T> {

    /** @return the value now */
    T get();

    /** @param value the new value */
    void set(T value);
}
