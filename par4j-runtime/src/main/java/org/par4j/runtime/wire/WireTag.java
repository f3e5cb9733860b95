package org.par4j.runtime.wire;

/**
 * The one-byte tags of {@link FastCodec}'s format: every value starts with one. Layouts after the tag
 * ({@code varint} is an unsigned LEB128 count, numbers are little-endian):
 *
 * <pre>
 *   NULL, TRUE, FALSE                      nothing
 *   BYTE i8 | SHORT i16 | CHAR u16 | INT i32 | LONG i64 | FLOAT f32 | DOUBLE f64
 *   STRING_LATIN1 varint n, n bytes        STRING_UTF16 varint n, n chars
 *   *_ARRAY varint n, n elements in one bulk copy (BOOLEAN_ARRAY: one byte each)
 *   OBJECT_ARRAY class, varint n, format, n values (or n raw numbers, as lists)
 *   LIST.. SET.. varint n, format, n values (format PACKED_INT/LONG/DOUBLE: n raw numbers)
 *   MAP.. varint n, n (key, value) pairs   TREE_*: natural order only
 *   ENTRY key, value                       RECORD class, its components in order
 *   ENUM class, varint ordinal             LAMBDA see LambdaCoding
 *   OPTIONAL value (NULL when empty)
 *   THROWABLE see ThrowableCoding          FALLBACK (Fory) / JDK: that codec's varint n, n bytes
 *   class = varint k: k == 0 a new class name follows (string) and gets the next id, else id k - 1
 * </pre>
 */
final class WireTag {
    static final byte NULL = 0;
    static final byte TRUE = 1;
    static final byte FALSE = 2;
    static final byte BYTE = 3;
    static final byte SHORT = 4;
    static final byte CHAR = 5;
    static final byte INT = 6;
    static final byte LONG = 7;
    static final byte FLOAT = 8;
    static final byte DOUBLE = 9;
    static final byte STRING_LATIN1 = 10;
    static final byte STRING_UTF16 = 11;

    static final byte BOOLEAN_ARRAY = 16;
    static final byte BYTE_ARRAY = 17;
    static final byte SHORT_ARRAY = 18;
    static final byte CHAR_ARRAY = 19;
    static final byte INT_ARRAY = 20;
    static final byte LONG_ARRAY = 21;
    static final byte FLOAT_ARRAY = 22;
    static final byte DOUBLE_ARRAY = 23;
    static final byte OBJECT_ARRAY = 24;

    static final byte LIST = 32;
    static final byte LINKED_LIST = 33;
    static final byte IMMUTABLE_LIST = 34;
    static final byte SET = 35;
    static final byte LINKED_SET = 36;
    static final byte TREE_SET = 37;
    static final byte IMMUTABLE_SET = 38;
    static final byte MAP = 39;
    static final byte LINKED_MAP = 40;
    static final byte TREE_MAP = 41;
    static final byte IMMUTABLE_MAP = 42;
    static final byte CONCURRENT_MAP = 43;
    static final byte ENTRY = 44;
    static final byte IMMUTABLE_ENTRY = 45;

    static final byte RECORD = 48;
    static final byte ENUM = 49;
    static final byte LAMBDA = 50;
    static final byte THROWABLE = 51;
    static final byte BIG_INTEGER = 52;
    static final byte BIG_DECIMAL = 53;
    static final byte UUID = 54;
    static final byte INSTANT = 55;
    static final byte DURATION = 56;
    static final byte LOCAL_DATE = 57;
    static final byte LOCAL_TIME = 58;
    static final byte LOCAL_DATE_TIME = 59;
    static final byte OPTIONAL = 60;

    static final byte FALLBACK = 64;
    static final byte JDK = 65;

    /** Element formats of lists and sets. */
    static final byte GENERIC = 0;
    static final byte PACKED_INT = 1;
    static final byte PACKED_LONG = 2;
    static final byte PACKED_DOUBLE = 3;

    /** Encoder-only kinds (never written): how a class is handled when it has no tag of its own. */
    static final byte KIND_FALLBACK = -1;
    static final byte KIND_NOT_SERIALIZABLE_LAMBDA = -2;

    private WireTag() {
    }
}
