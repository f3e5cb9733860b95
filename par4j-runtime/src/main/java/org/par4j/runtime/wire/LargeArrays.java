package org.par4j.runtime.wire;

import java.lang.foreign.MemorySegment;
import java.nio.ByteOrder;

/**
 * Large primitive arrays sent as object messages, moved without an encoding buffer. Their encoding
 * stays the codec's own (tag, varint count, elements little-endian) but is cut in two: a prefix of at
 * most {@link #MAX_PREFIX} bytes, and the array's memory itself. A channel copies the elements straight
 * from the sender's array into shared memory and straight out into the receiver's new array: one copy
 * on each side instead of two (encode, write; read, decode).
 *
 * <pre>{@code
 * MemorySegment body = LargeArrays.split(value, prefixOut);  // null: encode as usual
 * ...
 * LargeArrays.Target t = LargeArrays.target(firstBytes, n, messageLength);  // null: decode as usual
 * // copy the message's bytes from t.prefixLength() on into t.body(); the value is t.array()
 * }</pre>
 */
public final class LargeArrays {
    /** Arrays of fewer bytes go through the encoding buffer: below this the split's second write costs more than the copy. */
    public static final long THRESHOLD = 64 * 1024;
    /** The longest prefix: a tag and a five-byte varint. */
    public static final int MAX_PREFIX = 6;
    /** The elements' bulk copy is the codec's format only where memory is little-endian. */
    private static final boolean LITTLE_ENDIAN = ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN;

    private LargeArrays() {
    }

    /** Where a large array's elements go, and the array that holds them. */
    public record Target(Object array, MemorySegment body, int prefixLength) {
    }

    /**
     * @param value anything
     * @param out receives the prefix if {@code value} is a large primitive array
     * @return the array's memory (the rest of the encoding), or null if {@code value} is not a primitive
     *     array of at least {@link #THRESHOLD} bytes (booleans excepted: they are encoded a byte each)
     */
    public static MemorySegment split(Object value, WireOutput out) {
        if (!LITTLE_ENDIAN) {
            return null;
        }
        MemorySegment body;
        byte tag;
        switch (value) {
            case byte[] a -> {
                body = MemorySegment.ofArray(a);
                tag = WireTag.BYTE_ARRAY;
            }
            case short[] a -> {
                body = MemorySegment.ofArray(a);
                tag = WireTag.SHORT_ARRAY;
            }
            case char[] a -> {
                body = MemorySegment.ofArray(a);
                tag = WireTag.CHAR_ARRAY;
            }
            case int[] a -> {
                body = MemorySegment.ofArray(a);
                tag = WireTag.INT_ARRAY;
            }
            case long[] a -> {
                body = MemorySegment.ofArray(a);
                tag = WireTag.LONG_ARRAY;
            }
            case float[] a -> {
                body = MemorySegment.ofArray(a);
                tag = WireTag.FLOAT_ARRAY;
            }
            case double[] a -> {
                body = MemorySegment.ofArray(a);
                tag = WireTag.DOUBLE_ARRAY;
            }
            case null, default -> {
                return null;
            }
        }
        if (body.byteSize() < THRESHOLD) {
            return null;
        }
        out.writeByte(tag);
        out.writeVarInt(java.lang.reflect.Array.getLength(value));
        return body;
    }

    /**
     * @param first the message's first bytes
     * @param n how many of them ({@code min(MAX_PREFIX, length)} are needed to recognise a large array)
     * @param length the whole message's length
     * @return a new array of the message's type and count, with its memory and the prefix's length, or
     *     null if the message is not a large primitive array whose elements fill the rest exactly
     */
    public static Target target(byte[] first, int n, long length) {
        if (!LITTLE_ENDIAN || length < THRESHOLD || n < 2) {
            return null;
        }
        int tag = first[0];
        int size = switch (tag) {
            case WireTag.BYTE_ARRAY -> 1;
            case WireTag.SHORT_ARRAY, WireTag.CHAR_ARRAY -> 2;
            case WireTag.INT_ARRAY, WireTag.FLOAT_ARRAY -> 4;
            case WireTag.LONG_ARRAY, WireTag.DOUBLE_ARRAY -> 8;
            default -> 0;
        };
        if (size == 0) {
            return null;
        }
        long count = 0;
        int at = 1;
        for (int shift = 0; ; shift += 7) {
            if (at >= n || shift > 28) {
                return null;
            }
            int b = first[at++];
            count |= (long) (b & 0x7f) << shift;
            if ((b & 0x80) == 0) {
                break;
            }
        }
        if (count * size != length - at || count > Integer.MAX_VALUE - 16) {
            return null; // not what split writes: let the decoder read it, and complain if it is corrupt
        }
        Object array = PrimitiveArrayCoding.newArray(tag, (int) count);
        MemorySegment body = switch (array) {
            case byte[] a -> MemorySegment.ofArray(a);
            case short[] a -> MemorySegment.ofArray(a);
            case char[] a -> MemorySegment.ofArray(a);
            case int[] a -> MemorySegment.ofArray(a);
            case long[] a -> MemorySegment.ofArray(a);
            case float[] a -> MemorySegment.ofArray(a);
            default -> MemorySegment.ofArray((double[]) array);
        };
        return new Target(array, body, at);
    }
}
