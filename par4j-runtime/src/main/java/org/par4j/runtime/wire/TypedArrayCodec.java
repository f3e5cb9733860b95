package org.par4j.runtime.wire;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * Typed-array messages (MPI's {@code Send}/{@code Recv} of buffers): the elements travel as raw
 * little-endian bytes, copied in bulk by {@link MemorySegment#copy} straight between the user's array
 * and the destination (a {@link WireOutput}, or a shared-memory ring's segment), so a
 * {@code double[]} costs one copy per side and no per-element work on little-endian hardware (a
 * big-endian host would swap bytes inside the same copy).
 *
 * <pre>{@code
 * double[] field = new double[1 << 20];
 * WireOutput out = new WireOutput(64);
 * TypedArrayCodec.write(field, 0, field.length, out);            // sender: header + 8 MiB, one copy
 * double[] received = new double[field.length];
 * long n = TypedArrayCodec.read(new WireInput(out.array(), 0, out.size()), received, 0, received.length);
 *
 * try (Arena arena = Arena.ofShared()) {                          // or straight into shared memory
 *     MemorySegment slot = arena.allocate(TypedArrayCodec.byteSize(ElementType.DOUBLE, field.length));
 *     TypedArrayCodec.copy(field, 0, field.length, slot, 0);
 * }
 * }</pre>
 *
 * <p>Header: element type (1 byte), count (64-bit). The reader checks the type (a mismatch names both
 * types) and the capacity (a truncation error names both sizes) before copying anything.
 */
public final class TypedArrayCodec {
    private TypedArrayCodec() {
    }

    /** The element types of typed-array messages. */
    public enum ElementType {
        /** {@code byte[]}. */
        BYTE(byte[].class, Layouts.BYTE),
        /** {@code short[]}. */
        SHORT(short[].class, Layouts.SHORT),
        /** {@code char[]}. */
        CHAR(char[].class, Layouts.CHAR),
        /** {@code int[]}. */
        INT(int[].class, Layouts.INT),
        /** {@code long[]}. */
        LONG(long[].class, Layouts.LONG),
        /** {@code float[]}. */
        FLOAT(float[].class, Layouts.FLOAT),
        /** {@code double[]}. */
        DOUBLE(double[].class, Layouts.DOUBLE);

        private final Class<?> arrayClass;
        private final ValueLayout layout;

        ElementType(Class<?> arrayClass, ValueLayout layout) {
            this.arrayClass = arrayClass;
            this.layout = layout;
        }

        /** @return bytes per element */
        public int byteSize() {
            return (int) layout.byteSize();
        }

        /** @return the little-endian, unaligned layout of one element on the wire */
        public ValueLayout layout() {
            return layout;
        }

        /**
         * @param array a primitive array other than {@code boolean[]}
         * @return its element type
         * @throws IllegalArgumentException for anything else
         */
        public static ElementType of(Object array) {
            for (ElementType t : values()) {
                if (t.arrayClass.isInstance(array)) {
                    return t;
                }
            }
            throw new IllegalArgumentException("not a typed buffer: " + (array == null ? "null" : array.getClass().getTypeName())
                    + " (use byte, short, char, int, long, float or double arrays)");
        }

        @Override
        public String toString() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** @return bytes taken by {@code count} elements of {@code type} */
    public static long byteSize(ElementType type, long count) {
        return Math.multiplyExact(count, (long) type.byteSize());
    }

    /**
     * Copies array elements into a segment in one bulk copy.
     *
     * @param array source primitive array
     * @param offset first element
     * @param count number of elements
     * @param dst destination segment (heap or native)
     * @param dstOffset byte offset in {@code dst}
     */
    public static void copy(Object array, int offset, int count, MemorySegment dst, long dstOffset) {
        MemorySegment.copy(array, offset, dst, ElementType.of(array).layout, dstOffset, count);
    }

    /**
     * Copies elements out of a segment into an array in one bulk copy.
     *
     * @param src source segment
     * @param srcOffset byte offset in {@code src}
     * @param array destination primitive array
     * @param offset first element to fill
     * @param count number of elements
     */
    public static void copy(MemorySegment src, long srcOffset, Object array, int offset, int count) {
        MemorySegment.copy(src, ElementType.of(array).layout, srcOffset, array, offset, count);
    }

    /**
     * Appends a typed-array message: header, then the elements in one bulk copy.
     *
     * @param array a primitive array other than {@code boolean[]}
     * @param offset first element
     * @param count number of elements
     * @param out where the bytes go
     */
    public static void write(Object array, int offset, int count, WireOutput out) {
        ElementType type = ElementType.of(array);
        java.util.Objects.checkFromIndexSize(offset, count, java.lang.reflect.Array.getLength(array));
        out.writeByte(type.ordinal());
        out.writeLong(count);
        out.writeArray(array, type.layout, offset, count);
    }

    /**
     * Reads a typed-array message into {@code array}.
     *
     * @param in where the message is
     * @param array receive buffer of the sent element type
     * @param offset first element to fill
     * @param capacity elements available from {@code offset}
     * @return the number of elements received
     * @throws IllegalArgumentException if the element types differ or the buffer is too small (both
     *     named in the message); nothing is copied then
     * @throws IllegalStateException if the message is corrupt
     */
    public static long read(WireInput in, Object array, int offset, int capacity) {
        ElementType expected = ElementType.of(array);
        java.util.Objects.checkFromIndexSize(offset, capacity, java.lang.reflect.Array.getLength(array));
        int t = in.readByte();
        if (t >= ElementType.values().length) {
            throw new IllegalStateException("corrupt message: unknown element type " + t);
        }
        ElementType sent = ElementType.values()[t];
        long count = in.readLong();
        if (sent != expected) {
            throw new IllegalArgumentException("type mismatch: the message holds " + count + " " + sent
                    + " elements, the receive buffer is a " + expected + "[]");
        }
        if (count < 0 || byteSize(sent, count) > in.remaining()) {
            throw new IllegalStateException("corrupt message: " + count + " " + sent + " elements, " + in.remaining() + " bytes left");
        }
        if (count > capacity) {
            throw new IllegalArgumentException("message truncated: " + count + " " + sent
                    + " elements sent, receive buffer holds " + capacity);
        }
        in.readArray(array, sent.layout, offset, (int) count);
        return count;
    }
}
