package org.par4j;

import java.io.Serializable;
import org.par4j.spi.SharedMemoryProvider;

/**
 * One {@code int} in shared memory: Python's {@code multiprocessing.Value('i')}
 * ({@link #create}, with a lock) and {@code RawValue} ({@link #createRaw}). Reads and writes are
 * volatile; {@link #getAndAdd} and {@link #compareAndSet} are atomic across processes without the
 * lock. A compound update such as {@code v.set(v.get() - 1)} is <em>not</em>: run it under
 * {@link #withLock(Runnable)} (the course's bank-account race).
 *
 * <pre>{@code
 * SharedInt balance = SharedInt.create(100);
 * new JvmProcess(() -> balance.withLock(() -> balance.set(balance.get() - 1))).start().join();
 * System.out.println(balance.get());
 * }</pre>
 *
 * The object is a small serializable handle; a child maps the segment on first use.
 */
public interface SharedInt extends Lockable, Serializable {

    /**
     * @param initial its value
     * @return a new shared value with its own lock
     */
    static SharedInt create(int initial) {
        return SharedMemoryProvider.get().newInt(initial, true);
    }

    /**
     * @param initial its value
     * @return a new shared value without a lock
     */
    static SharedInt createRaw(int initial) {
        return SharedMemoryProvider.get().newInt(initial, false);
    }

    /** @return the value (volatile read) */
    int get();

    /** @param value the new value (volatile write) */
    void set(int value);

    /**
     * @param value the new value
     * @return the previous value
     */
    int getAndSet(int value);

    /**
     * Atomically adds {@code delta}.
     *
     * @param delta what to add
     * @return the previous value
     */
    int getAndAdd(int delta);

    /**
     * @param delta what to add
     * @return the new value
     */
    default int addAndGet(int delta) {
        return getAndAdd(delta) + delta;
    }

    /**
     * Atomically sets the value to {@code newValue} if it is {@code expected}.
     *
     * @param expected the value it must hold
     * @param newValue the value to store
     * @return true if stored
     */
    boolean compareAndSet(int expected, int newValue);
}
