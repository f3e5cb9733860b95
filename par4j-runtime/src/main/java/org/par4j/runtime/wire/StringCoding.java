package org.par4j.runtime.wire;

import java.nio.charset.StandardCharsets;

/**
 * Strings on the wire: Latin-1 (one byte a char, the common case, decoded by a bulk copy) or UTF-16
 * (two bytes a char, one bulk copy each way).
 */
final class StringCoding {
    /** Latin-1 strings up to this long are looked up in {@link #CACHE}. */
    private static final int SHORT = 16;
    private static final String[] CACHE = new String[1024];

    private StringCoding() {
    }

    /** Writes a tag and the string. */
    static void write(String s, WireOutput out) {
        int mark = out.size();
        out.writeByte(WireTag.STRING_LATIN1);
        if (!writeLatin1Body(s, out)) {
            out.truncate(mark);
            out.writeByte(WireTag.STRING_UTF16);
            writeUtf16Body(s, out);
        }
    }

    /** Writes a string without tag, for names inside other values; read it with {@link #readBody}. */
    static void writeBody(String s, WireOutput out) {
        int mark = out.size();
        out.writeByte(0);
        if (!writeLatin1Body(s, out)) {
            out.truncate(mark);
            out.writeByte(1);
            writeUtf16Body(s, out);
        }
    }

    /** Reads what {@link #writeBody} wrote. */
    static String readBody(WireInput in) {
        int form = in.readByte();
        if (form == 0) {
            return readLatin1(in);
        }
        if (form == 1) {
            return readUtf16(in);
        }
        throw new IllegalStateException("corrupt message: bad string form " + form);
    }

    /** Writes a string body that may be null (for names that may be absent). */
    static void writeNullable(String s, WireOutput out) {
        if (s == null) {
            out.writeByte(2);
        } else {
            writeBody(s, out);
        }
    }

    /** Reads what {@link #writeNullable} wrote. */
    static String readNullable(WireInput in) {
        int at = in.position();
        if (in.remaining() > 0 && (in.array()[at] & 0xff) == 2) {
            in.skip(1);
            return null;
        }
        return readBody(in);
    }

    static String readLatin1(WireInput in) {
        int n = in.readCount(1);
        int at = in.position();
        in.skip(n);
        return n <= SHORT ? shortLatin1(in.array(), at, n) : new String(in.array(), at, n, StandardCharsets.ISO_8859_1);
    }

    /**
     * Short strings (map keys, field names, labels) come back from a small cache of the ones decoded last,
     * as Python interns them: a message of {@code {"a": 7, "b": 3.14}} then decodes without allocating its
     * keys. Slots are overwritten freely; a String is immutable and safely published, so threads may race.
     */
    private static String shortLatin1(byte[] b, int at, int n) {
        int h = n;
        for (int i = 0; i < n; i++) {
            h = 31 * h + b[at + i];
        }
        int slot = (h ^ (h >>> 7)) & (CACHE.length - 1);
        String s = CACHE[slot];
        if (s != null && sameLatin1(s, b, at, n)) {
            return s;
        }
        s = new String(b, at, n, StandardCharsets.ISO_8859_1);
        CACHE[slot] = s;
        return s;
    }

    private static boolean sameLatin1(String s, byte[] b, int at, int n) {
        if (s.length() != n) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (s.charAt(i) != (char) (b[at + i] & 0xff)) {
                return false;
            }
        }
        return true;
    }

    static String readUtf16(WireInput in) {
        int n = in.readCount(2);
        char[] chars = new char[n];
        in.readArray(chars, Layouts.CHAR, 0, n);
        return new String(chars);
    }

    private static boolean writeLatin1Body(String s, WireOutput out) {
        int n = s.length();
        out.writeVarInt(n);
        out.ensure(n);
        byte[] buf = out.array();
        int pos = out.size();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c > 0xff) {
                return false;
            }
            buf[pos + i] = (byte) c;
        }
        out.advance(n);
        return true;
    }

    private static void writeUtf16Body(String s, WireOutput out) {
        char[] chars = s.toCharArray();
        out.writeVarInt(chars.length);
        out.writeArray(chars, Layouts.CHAR, 0, chars.length);
    }
}
