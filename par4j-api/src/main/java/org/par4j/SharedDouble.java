package org.par4j;

import java.io.Serializable;
import org.par4j.spi.SharedMemoryProvider;

/**
 * One {@code double} in shared memory: Python's {@code multiprocessing.Value('d')}
 * ({@link #create}, with a lock) and {@code RawValue} ({@link #createRaw}). Reads and writes are
 * volatile; {@link #getAndAdd} and {@link #compareAndSet} are atomic across processes without the
 * lock. A compound update such as {@code v.set(v.get() - 1)} is <em>not</em>: run it under
 * {@link #withLock(Runnable)} (the course's bank-account race).
 *
 * <pre>{@code
 * SharedDouble balance = SharedDouble.create(100.0);
 * new JvmProcess(() -> balance.withLock(() -> balance.set(balance.get() - 1.0))).start().join();
 * System.out.println(balance.get());
 * }</pre>
 *
 * The object is a small serializable handle; a child maps the segment on first use.
 */
public interface SharedDouble extends Lockable, Serializable {

    /**
     * @param initial its value
     * @return a new shared value with its own lock
     */
    static SharedDouble create(double initial) {
        return SharedMemoryProvider.get().newDouble(initial, true);
    }

    /**
     * @param initial its value
     * @return a new shared value without a lock
     */
    static SharedDouble createRaw(double initial) {
        return SharedMemoryProvider.get().newDouble(initial, false);
    }

    /** @return the value (volatile read) */
    double get();

    /** @param value the new value (volatile write) */
    void set(double value);

    /**
     * @param value the new value
     * @return the previous value
     */
    double getAndSet(double value);

    /**
     * Atomically adds {@code delta}.
     *
     * @param delta what to add
     * @return the previous value
     */
    double getAndAdd(double delta);

    /**
     * @param delta what to add
     * @return the new value
     */
    default double addAndGet(double delta) {
        return getAndAdd(delta) + delta;
    }

    /**
     * Atomically sets the value to {@code newValue} if it is {@code expected} (compared bit for bit).
     *
     * @param expected the value it must hold
     * @param newValue the value to store
     * @return true if stored
     */
    boolean compareAndSet(double expected, double newValue);
}
