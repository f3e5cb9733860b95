package org.par4j.runtime.wire;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Lists and reference arrays whose elements are all {@code Integer}, all {@code Long} or all
 * {@code Double} (a chunk of a {@code Pool.map} over numbers, typically) travel as raw numbers: 4 or 8 bytes an element, no tags.
 * The writer tries, and gives the bytes back on the first element of another type (or null). Both
 * sides work on the buffer's array directly: one bounds check per list, not per element.
 */
final class PackedLists {
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private PackedLists() {
    }

    /**
     * Writes the format byte and the elements if the list is homogeneous; otherwise writes nothing.
     *
     * @return whether it wrote
     */
    static boolean tryWrite(List<?> list, int n, WireOutput out) {
        Object first = list.get(0);
        if (first == null) {
            return false;
        }
        Class<?> c = first.getClass();
        int size = c == Integer.class ? 4 : c == Long.class || c == Double.class ? 8 : 0;
        if (size == 0 || (long) size * n > Integer.MAX_VALUE - 16) {
            return false;
        }
        out.ensure(1 + size * n);
        byte[] buf = out.array();
        int pos = out.size() + 1;
        if (c == Integer.class) {
            for (int i = 0; i < n; i++, pos += 4) {
                if (!(list.get(i) instanceof Integer v)) {
                    return false;
                }
                INT.set(buf, pos, (int) v);
            }
            buf[out.size()] = WireTag.PACKED_INT;
        } else if (c == Long.class) {
            for (int i = 0; i < n; i++, pos += 8) {
                if (!(list.get(i) instanceof Long v)) {
                    return false;
                }
                LONG.set(buf, pos, (long) v);
            }
            buf[out.size()] = WireTag.PACKED_LONG;
        } else {
            for (int i = 0; i < n; i++, pos += 8) {
                if (!(list.get(i) instanceof Double v)) {
                    return false;
                }
                LONG.set(buf, pos, Double.doubleToRawLongBits(v));
            }
            buf[out.size()] = WireTag.PACKED_DOUBLE;
        }
        out.advance(1 + size * n);
        return true;
    }

    /** Reads {@code n} packed elements of the given format into a new {@code ArrayList}. */
    static List<Object> read(int format, int n, WireInput in) {
        Object[] boxed = new Object[n];
        readInto(format, boxed, in);
        return new ArrayList<>(Arrays.asList(boxed));
    }

    /** Reads {@code dst.length} packed elements of the given format into {@code dst}. */
    static void readInto(int format, Object[] dst, WireInput in) {
        int n = dst.length;
        int size = switch (format) {
            case WireTag.PACKED_INT -> 4;
            case WireTag.PACKED_LONG, WireTag.PACKED_DOUBLE -> 8;
            default -> throw new IllegalStateException("corrupt message: unknown list format " + format);
        };
        if ((long) n * size > in.remaining()) {
            throw new IllegalStateException("corrupt message: " + n + " packed numbers of " + size
                    + " bytes, but only " + in.remaining() + " bytes left");
        }
        byte[] buf = in.array();
        int pos = in.position();
        if (format == WireTag.PACKED_INT) {
            for (int i = 0; i < n; i++) {
                dst[i] = (int) INT.get(buf, pos + 4 * i);
            }
        } else if (format == WireTag.PACKED_LONG) {
            for (int i = 0; i < n; i++) {
                dst[i] = (long) LONG.get(buf, pos + 8 * i);
            }
        } else {
            for (int i = 0; i < n; i++) {
                dst[i] = Double.longBitsToDouble((long) LONG.get(buf, pos + 8 * i));
            }
        }
        in.skip(n * size);
    }
}
