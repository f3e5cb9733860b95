package org.par4j.runtime.wire;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

/** A growable little-endian byte buffer that codecs write into; reused across messages. Not thread-safe. */
public final class WireOutput {
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle SHORT = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
    private byte[] buf;
    private int pos;

    /** @param initialCapacity bytes to start with */
    public WireOutput(int initialCapacity) {
        buf = new byte[Math.max(16, initialCapacity)];
    }

    /** Empties the buffer for reuse. */
    public void reset() {
        pos = 0;
    }

    /**
     * Replaces a grown backing array by a smaller one; only while empty.
     *
     * @param capacity the new capacity
     */
    public void shrink(int capacity) {
        if (pos == 0) {
            buf = new byte[Math.max(16, capacity)];
        }
    }

    /** @return bytes written so far */
    public int size() {
        return pos;
    }

    /** @return the backing array; bytes {@code [0, size())} are valid */
    public byte[] array() {
        return buf;
    }

    /** @return a view of the bytes written, position 0, limit {@link #size()} */
    public ByteBuffer asByteBuffer() {
        return ByteBuffer.wrap(buf, 0, pos);
    }

    /** @return a copy of the bytes written */
    public byte[] toByteArray() {
        return Arrays.copyOf(buf, pos);
    }

    /**
     * Makes room for {@code n} more bytes.
     *
     * @param n bytes needed
     */
    public void ensure(int n) {
        if (pos + n > buf.length) {
            long want = Math.max((long) buf.length * 2, (long) pos + n);
            if (want > Integer.MAX_VALUE - 8) {
                throw new IllegalStateException("message larger than 2 GiB: send it as a typed buffer");
            }
            buf = Arrays.copyOf(buf, (int) want);
        }
    }

    /** @param b the byte */
    public void writeByte(int b) {
        ensure(1);
        buf[pos++] = (byte) b;
    }

    /** @param v the value */
    public void writeInt(int v) {
        ensure(4);
        INT.set(buf, pos, v);
        pos += 4;
    }

    /** @param v the value */
    public void writeLong(long v) {
        ensure(8);
        LONG.set(buf, pos, v);
        pos += 8;
    }

    /** @param v the value */
    public void writeDouble(double v) {
        writeLong(Double.doubleToRawLongBits(v));
    }

    /**
     * @param src bytes to copy
     * @param off first byte
     * @param len number of bytes
     */
    public void writeBytes(byte[] src, int off, int len) {
        ensure(len);
        System.arraycopy(src, off, buf, pos, len);
        pos += len;
    }

    /**
     * Overwrites a long already written (used to patch a length in after the payload).
     *
     * @param at byte offset
     * @param v the value
     */
    public void patchLong(int at, long v) {
        LONG.set(buf, at, v);
    }

    /**
     * Moves the end back to an earlier size, dropping what was written after it (an encoder that
     * tried a compact form and has to fall back uses it).
     *
     * @param size a size returned earlier by {@link #size()}
     */
    public void truncate(int size) {
        if (size < 0 || size > pos) {
            throw new IllegalArgumentException("cannot truncate to " + size + " of " + pos + " bytes");
        }
        pos = size;
    }

    /**
     * Moves the end forward over bytes written directly into {@link #array()} after {@link #ensure}.
     *
     * @param n bytes written
     */
    public void advance(int n) {
        if (n < 0 || n > buf.length - pos) {
            throw new IllegalArgumentException("cannot advance " + n + " bytes: " + (buf.length - pos) + " ensured");
        }
        pos += n;
    }

    /** @param v the value, low 16 bits */
    public void writeShort(int v) {
        ensure(2);
        SHORT.set(buf, pos, (short) v);
        pos += 2;
    }

    /** @param v the value */
    public void writeFloat(float v) {
        writeInt(Float.floatToRawIntBits(v));
    }

    /**
     * Writes an unsigned LEB128 varint: 1 byte below 128, at most 5.
     *
     * @param v the value, read as unsigned
     */
    public void writeVarInt(int v) {
        ensure(5);
        while ((v & ~0x7f) != 0) {
            buf[pos++] = (byte) ((v & 0x7f) | 0x80);
            v >>>= 7;
        }
        buf[pos++] = (byte) v;
    }

    /**
     * Copies {@code count} elements of a primitive array in one bulk copy, little-endian (no
     * per-element work on little-endian hardware).
     *
     * @param array a primitive array
     * @param layout the element layout, little-endian, unaligned
     * @param first index of the first element
     * @param count number of elements
     */
    public void writeArray(Object array, ValueLayout layout, int first, int count) {
        long bytes = count * layout.byteSize();
        if (bytes > Integer.MAX_VALUE - 8 - pos) {
            throw new IllegalStateException("message larger than 2 GiB: send it as a typed buffer");
        }
        ensure((int) bytes);
        MemorySegment.copy(array, first, MemorySegment.ofArray(buf), layout, pos, count);
        pos += (int) bytes;
    }
}
