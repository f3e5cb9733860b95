package org.par4j;

import java.io.Serializable;
import java.lang.foreign.MemorySegment;
import org.par4j.spi.SharedMemoryProvider;

/**
 * A fixed-length array of {@code byte} in shared memory, seen by every process it is passed to without
 * copying: Python's {@code multiprocessing.Array('b', n)} ({@link #create}, with a lock) and
 * {@code RawArray} ({@link #createRaw}). Indices and length are {@code long}: arrays may exceed 2^31
 * elements.
 *
 * <pre>{@code
 * SharedByteArray squares = SharedByteArray.create(4);
 * new JvmProcess(() -> {
 *     for (int i = 0; i < 4; i++) squares.set(i, (byte) i);
 * }).start().join();
 * System.out.println(Arrays.toString(squares.toArray()));
 * }</pre>
 *
 * <p>The object is a small serializable handle (segment name and length); a child maps the segment
 * on first use. {@code get}/{@code set} are plain accesses, as on a Java array: order them between
 * processes with the array's {@link #lock()}, a {@link Barrier}, an {@link Event} or by joining the
 * process that wrote. For atomic updates use the lock, or a {@link SharedIntArray}.
 */
public interface SharedByteArray extends Lockable, Serializable {

    /**
     * @param length elements (not negative)
     * @return a zero-filled array with its own lock
     */
    static SharedByteArray create(long length) {
        return SharedMemoryProvider.get().newByteArray(length, true);
    }

    /**
     * @param length elements (not negative)
     * @return a zero-filled array without a lock
     */
    static SharedByteArray createRaw(long length) {
        return SharedMemoryProvider.get().newByteArray(length, false);
    }

    /**
     * @param values the initial elements
     * @return a shared copy, with its own lock
     */
    static SharedByteArray copyOf(byte[] values) {
        SharedByteArray a = create(values.length);
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
    byte get(long index);

    /**
     * @param index 0 to length-1
     * @param value the new element (plain write)
     * @throws IndexOutOfBoundsException if index is out of range
     */
    void set(long index, byte value);

    /**
     * @return a copy of the elements in a Java array
     * @throws IllegalStateException if longer than a Java array can be
     */
    byte[] toArray();

    /** @return the elements as a memory segment (native byte order), for bulk and vectorised access */
    MemorySegment asSegment();
}
