package org.par4j;

import java.io.Serializable;
import org.par4j.spi.SharedMemoryProvider;

/**
 * One {@code long} in shared memory: Python's {@code multiprocessing.Value('q')}
 * ({@link #create}, with a lock) and {@code RawValue} ({@link #createRaw}). Reads and writes are
 * volatile; {@link #getAndAdd} and {@link #compareAndSet} are atomic across processes without the
 * lock. A compound update such as {@code v.set(v.get() - 1)} is <em>not</em>: run it under
 * {@link #withLock(Runnable)} (the course's bank-account race).
 *
 * <pre>{@code
 * SharedLong balance = SharedLong.create(100L);
 * new JvmProcess(() -> balance.withLock(() -> balance.set(balance.get() - 1L))).start().join();
 * System.out.println(balance.get());
 * }</pre>
 *
 * The object is a small serializable handle; a child maps the segment on first use.
 */
public interface SharedLong extends Lockable, Serializable {

    /**
     * @param initial its value
     * @return a new shared value with its own lock
     */
    static SharedLong create(long initial) {
        return SharedMemoryProvider.get().newLong(initial, true);
    }

    /**
     * @param initial its value
     * @return a new shared value without a lock
     */
    static SharedLong createRaw(long initial) {
        return SharedMemoryProvider.get().newLong(initial, false);
    }

    /** @return the value (volatile read) */
    long get();

    /** @param value the new value (volatile write) */
    void set(long value);

    /**
     * @param value the new value
     * @return the previous value
     */
    long getAndSet(long value);

    /**
     * Atomically adds {@code delta}.
     *
     * @param delta what to add
     * @return the previous value
     */
    long getAndAdd(long delta);

    /**
     * @param delta what to add
     * @return the new value
     */
    default long addAndGet(long delta) {
        return getAndAdd(delta) + delta;
    }

    /**
     * Atomically sets the value to {@code newValue} if it is {@code expected}.
     *
     * @param expected the value it must hold
     * @param newValue the value to store
     * @return true if stored
     */
    boolean compareAndSet(long expected, long newValue);
}
