package org.par4j;

import java.io.Serializable;
import java.lang.foreign.MemorySegment;
import org.par4j.spi.SharedMemoryProvider;

/**
 * A fixed-length array of {@code double} in shared memory, seen by every process it is passed to without
 * copying: Python's {@code multiprocessing.Array('d', n)} ({@link #create}, with a lock) and
 * {@code RawArray} ({@link #createRaw}). Indices and length are {@code long}: arrays may exceed 2^31
 * elements.
 *
 * <pre>{@code
 * SharedDoubleArray squares = SharedDoubleArray.create(4);
 * new JvmProcess(() -> {
 *     for (int i = 0; i < 4; i++) squares.set(i, Math.sqrt(i));
 * }).start().join();
 * System.out.println(Arrays.toString(squares.toArray()));
 * }</pre>
 *
 * <p>The object is a small serializable handle (segment name and length); a child maps the segment
 * on first use. {@code get}/{@code set} are plain accesses, as on a Java array: order them between
 * processes with the array's {@link #lock()}, a {@link Barrier}, an {@link Event} or by joining the
 * process that wrote. {@link #getAndAdd} (a compare-and-set loop) and {@link #compareAndSet}
 * (on the bits) are atomic across processes.
 */
public interface SharedDoubleArray extends Lockable, Serializable {

    /**
     * @param length elements (not negative)
     * @return a zero-filled array with its own lock
     */
    static SharedDoubleArray create(long length) {
        return SharedMemoryProvider.get().newDoubleArray(length, true);
    }

    /**
     * @param length elements (not negative)
     * @return a zero-filled array without a lock
     */
    static SharedDoubleArray createRaw(long length) {
        return SharedMemoryProvider.get().newDoubleArray(length, false);
    }

    /**
     * @param values the initial elements
     * @return a shared copy, with its own lock
     */
    static SharedDoubleArray copyOf(double[] values) {
        SharedDoubleArray a = create(values.length);
        a.asSegment().copyFrom(MemorySegment.ofArray(values));
        return a;
    }

    /** @return the number of elements */
    long length();

    /**
     * @param index 0 to length-1
     * @return the element (plain read)
     * @throws IndexOutOfBoundsException if index is out of range
     */
    double get(long index);

    /**
     * @param index 0 to length-1
     * @param value the new element (plain write)
     * @throws IndexOutOfBoundsException if index is out of range
     */
    void set(long index, double value);

    /**
     * Atomically adds {@code delta} (volatile semantics), lock or no lock.
     *
     * @param index 0 to length-1
     * @param delta what to add
     * @return the previous element
     */
    double getAndAdd(long index, double delta);

    /**
     * @param index 0 to length-1
     * @param delta what to add
     * @return the new element
     */
    default double addAndGet(long index, double delta) {
        return getAndAdd(index, delta) + delta;
    }

    /**
     * Atomically sets the element to {@code newValue} if its bits equal those of {@code expected} (volatile semantics).
     *
     * @param index 0 to length-1
     * @param expected the value it must hold
     * @param newValue the value to store
     * @return true if stored
     */
    boolean compareAndSet(long index, double expected, double newValue);

    /**
     * @param index 0 to length-1
     * @return the element, read with volatile semantics
     */
    double getVolatile(long index);

    /**
     * @param index 0 to length-1
     * @param value the new element, written with volatile semantics
     */
    void setVolatile(long index, double value);

    /**
     * @return a copy of the elements in a Java array
     * @throws IllegalStateException if longer than a Java array can be
     */
    double[] toArray();

    /** @return the elements as a memory segment (native byte order), for bulk and vectorised access */
    MemorySegment asSegment();
}
