package org.par4j.runtime.wire;

import java.util.ArrayList;
import java.util.List;

/**
 * Lists whose elements are all {@code Integer}, all {@code Long} or all {@code Double} (a chunk of a
 * {@code Pool.map} over numbers, typically) travel as raw numbers: 4 or 8 bytes an element, no tags.
 * The writer tries, and gives the bytes back on the first element of another type (or null).
 */
final class PackedLists {
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
        int mark = out.size();
        if (c == Integer.class) {
            out.writeByte(WireTag.PACKED_INT);
            out.ensure(4 * n);
            for (int i = 0; i < n; i++) {
                if (!(list.get(i) instanceof Integer v)) {
                    out.truncate(mark);
                    return false;
                }
                out.writeInt(v);
            }
            return true;
        }
        if (c == Long.class || c == Double.class) {
            out.writeByte(c == Long.class ? WireTag.PACKED_LONG : WireTag.PACKED_DOUBLE);
            out.ensure(8 * n);
            for (int i = 0; i < n; i++) {
                Object e = list.get(i);
                if (e instanceof Long v && c == Long.class) {
                    out.writeLong(v);
                } else if (e instanceof Double v && c == Double.class) {
                    out.writeDouble(v);
                } else {
                    out.truncate(mark);
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    /** Reads {@code n} packed elements of the given format into a new list. */
    static List<Object> read(int format, int n, WireInput in) {
        int size = switch (format) {
            case WireTag.PACKED_INT -> 4;
            case WireTag.PACKED_LONG, WireTag.PACKED_DOUBLE -> 8;
            default -> throw new IllegalStateException("corrupt message: unknown list format " + format);
        };
        checkRoom(n, size, in);
        List<Object> list = new ArrayList<>(n);
        if (format == WireTag.PACKED_INT) {
            for (int i = 0; i < n; i++) {
                list.add(in.readInt());
            }
        } else if (format == WireTag.PACKED_LONG) {
            for (int i = 0; i < n; i++) {
                list.add(in.readLong());
            }
        } else {
            for (int i = 0; i < n; i++) {
                list.add(in.readDouble());
            }
        }
        return list;
    }

    private static void checkRoom(int n, int size, WireInput in) {
        if ((long) n * size > in.remaining()) {
            throw new IllegalStateException("corrupt message: " + n + " packed numbers of " + size
                    + " bytes, but only " + in.remaining() + " bytes left");
        }
    }
}
