package org.par4j.runtime.wire;

import java.lang.foreign.ValueLayout;

/**
 * Primitive arrays inside object messages: tag, varint length, then the elements in one bulk copy
 * each way (little-endian; on little-endian hardware no per-element work). Booleans take a byte each.
 */
final class PrimitiveArrayCoding {
    private PrimitiveArrayCoding() {
    }

    static void write(byte tag, Object array, WireOutput out) {
        out.writeByte(tag);
        if (tag == WireTag.BOOLEAN_ARRAY) {
            boolean[] a = (boolean[]) array;
            out.writeVarInt(a.length);
            out.ensure(a.length);
            byte[] buf = out.array();
            int pos = out.size();
            for (int i = 0; i < a.length; i++) {
                buf[pos + i] = (byte) (a[i] ? 1 : 0);
            }
            out.advance(a.length);
            return;
        }
        int n = java.lang.reflect.Array.getLength(array);
        out.writeVarInt(n);
        out.writeArray(array, layout(tag), 0, n);
    }

    static Object read(int tag, WireInput in) {
        if (tag == WireTag.BOOLEAN_ARRAY) {
            int n = in.readCount(1);
            boolean[] a = new boolean[n];
            byte[] buf = in.array();
            int pos = in.position();
            for (int i = 0; i < n; i++) {
                a[i] = buf[pos + i] != 0;
            }
            in.skip(n);
            return a;
        }
        ValueLayout layout = layout(tag);
        int n = in.readCount((int) layout.byteSize());
        Object a = newArray(tag, n);
        in.readArray(a, layout, 0, n);
        return a;
    }

    /** @return a new array of the type a (non-boolean) primitive array tag names */
    static Object newArray(int tag, int n) {
        return switch (tag) {
            case WireTag.BYTE_ARRAY -> new byte[n];
            case WireTag.SHORT_ARRAY -> new short[n];
            case WireTag.CHAR_ARRAY -> new char[n];
            case WireTag.INT_ARRAY -> new int[n];
            case WireTag.LONG_ARRAY -> new long[n];
            case WireTag.FLOAT_ARRAY -> new float[n];
            case WireTag.DOUBLE_ARRAY -> new double[n];
            default -> throw new IllegalStateException("not a primitive array tag: " + tag);
        };
    }

    static ValueLayout layout(int tag) {
        return switch (tag) {
            case WireTag.BYTE_ARRAY -> Layouts.BYTE;
            case WireTag.SHORT_ARRAY -> Layouts.SHORT;
            case WireTag.CHAR_ARRAY -> Layouts.CHAR;
            case WireTag.INT_ARRAY -> Layouts.INT;
            case WireTag.LONG_ARRAY -> Layouts.LONG;
            case WireTag.FLOAT_ARRAY -> Layouts.FLOAT;
            case WireTag.DOUBLE_ARRAY -> Layouts.DOUBLE;
            default -> throw new IllegalStateException("not a primitive array tag: " + tag);
        };
    }
}
