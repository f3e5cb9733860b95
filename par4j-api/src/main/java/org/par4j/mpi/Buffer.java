package org.par4j.mpi;

import java.lang.foreign.MemorySegment;
import java.util.Objects;

/**
 * A typed buffer for the buffer collectives (mpi4py's {@code [data, MPI.INT]}): a window of a primitive
 * array or a memory segment, with its element type. Creating one copies nothing; the collectives move
 * its raw bytes.
 *
 * <pre>{@code
 * double[] mine = new double[1024], sums = new double[1024];
 * world.allreduce(Buffer.of(mine), Buffer.of(sums), Op.SUM);
 * }</pre>
 *
 * @param segment the bytes ({@code count * type.byteSize()} of them)
 * @param type the element type
 */
public record Buffer(MemorySegment segment, Datatype type) {

    /**
     * @param segment the bytes
     * @param type the element type
     * @throws IllegalArgumentException if the segment is not a whole number of elements
     */
    public Buffer {
        Objects.requireNonNull(segment, "segment");
        Objects.requireNonNull(type, "type");
        if (segment.byteSize() % type.byteSize() != 0) {
            throw new IllegalArgumentException("a buffer of " + type.javaName() + "s needs a multiple of "
                    + type.byteSize() + " bytes, got " + segment.byteSize());
        }
    }

    /** @return elements in the buffer (64-bit) */
    public long count() {
        return segment.byteSize() / type.byteSize();
    }

    /**
     * @param first first element
     * @param n number of elements
     * @return the window {@code [first, first + n)} of this buffer
     */
    public Buffer slice(long first, long n) {
        if (first < 0 || n < 0 || first + n > count()) {
            throw new IllegalArgumentException("slice [" + first + ", " + (first + n) + ") outside a buffer of "
                    + count() + " " + type.javaName() + "s");
        }
        return new Buffer(segment.asSlice(first * type.byteSize(), n * type.byteSize()), type);
    }

    /** @param a the array @return the whole array */
    public static Buffer of(byte[] a) {
        return new Buffer(MemorySegment.ofArray(a), Datatype.BYTE);
    }

    /** @param a the array @return the whole array */
    public static Buffer of(short[] a) {
        return new Buffer(MemorySegment.ofArray(a), Datatype.SHORT);
    }

    /** @param a the array @return the whole array */
    public static Buffer of(char[] a) {
        return new Buffer(MemorySegment.ofArray(a), Datatype.CHAR);
    }

    /** @param a the array @return the whole array */
    public static Buffer of(int[] a) {
        return new Buffer(MemorySegment.ofArray(a), Datatype.INT);
    }

    /** @param a the array @return the whole array */
    public static Buffer of(long[] a) {
        return new Buffer(MemorySegment.ofArray(a), Datatype.LONG);
    }

    /** @param a the array @return the whole array */
    public static Buffer of(float[] a) {
        return new Buffer(MemorySegment.ofArray(a), Datatype.FLOAT);
    }

    /** @param a the array @return the whole array */
    public static Buffer of(double[] a) {
        return new Buffer(MemorySegment.ofArray(a), Datatype.DOUBLE);
    }

    /**
     * @param array a primitive array
     * @param offset first element
     * @param count number of elements
     * @return the window {@code [offset, offset + count)}
     * @throws IllegalArgumentException if {@code array} is not a primitive array or the window is outside it
     */
    public static Buffer of(Object array, int offset, int count) {
        Buffer whole = switch (array) {
            case byte[] a -> of(a);
            case short[] a -> of(a);
            case char[] a -> of(a);
            case int[] a -> of(a);
            case long[] a -> of(a);
            case float[] a -> of(a);
            case double[] a -> of(a);
            case null -> throw new IllegalArgumentException("buffer array is null");
            default -> throw new IllegalArgumentException("not a primitive array: " + array.getClass().getName()
                    + " (send objects with send(Object, dest, tag))");
        };
        return whole.slice(offset, count);
    }
}
