package org.par4j.runtime.wire;

import java.lang.foreign.MemorySegment;
import java.nio.ByteOrder;
import org.par4j.mpi.Buffer;

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
        if (!LITTLE_ENDIAN || value == null) {
            return null;
        }
        byte tag = TypeKinds.of(value.getClass());
        if (tag < WireTag.BYTE_ARRAY || tag > WireTag.DOUBLE_ARRAY) {
            return null; // not a primitive array, or booleans (a byte each, not a bulk copy)
        }
        MemorySegment body = memoryOf(value);
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
        WireInput in = new WireInput(first, 0, n);
        int tag = in.readByte();
        if (tag < WireTag.BYTE_ARRAY || tag > WireTag.DOUBLE_ARRAY) {
            return null;
        }
        long count;
        try {
            count = in.readVarInt();
        } catch (RuntimeException e) {
            return null; // not what split writes: the decoder reads it and names what is corrupt
        }
        if (count * PrimitiveArrayCoding.layout(tag).byteSize() != length - in.position() || count > Integer.MAX_VALUE - 16) {
            return null;
        }
        Object array = PrimitiveArrayCoding.newArray(tag, (int) count);
        return new Target(array, memoryOf(array), in.position());
    }

    /** @return the memory of a non-boolean primitive array */
    private static MemorySegment memoryOf(Object array) {
        return Buffer.of(array, 0, java.lang.reflect.Array.getLength(array)).segment();
    }
}
