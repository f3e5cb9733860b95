package org.par4j.runtime.wire;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/** Reads little-endian values from a byte array written by {@link WireOutput}. Not thread-safe. */
public final class WireInput {
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle SHORT = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
    private final byte[] buf;
    private int pos;
    private final int limit;

    /**
     * @param buf the bytes
     * @param offset first byte to read
     * @param length number of readable bytes
     */
    public WireInput(byte[] buf, int offset, int length) {
        this.buf = buf;
        this.pos = offset;
        this.limit = offset + length;
    }

    /** @param buf all of it is readable */
    public WireInput(byte[] buf) {
        this(buf, 0, buf.length);
    }

    /** @return bytes left */
    public int remaining() {
        return limit - pos;
    }

    /** @return the backing array */
    public byte[] array() {
        return buf;
    }

    /** @return the read position in {@link #array()} */
    public int position() {
        return pos;
    }

    /** @param n bytes to skip */
    public void skip(int n) {
        need(n);
        pos += n;
    }

    /** @return the next byte, unsigned */
    public int readByte() {
        need(1);
        return buf[pos++] & 0xff;
    }

    /** @return the next int */
    public int readInt() {
        need(4);
        int v = (int) INT.get(buf, pos);
        pos += 4;
        return v;
    }

    /** @return the next long */
    public long readLong() {
        need(8);
        long v = (long) LONG.get(buf, pos);
        pos += 8;
        return v;
    }

    /** @return the next double */
    public double readDouble() {
        return Double.longBitsToDouble(readLong());
    }

    /**
     * @param dst where to copy
     * @param off first byte of dst
     * @param len bytes to copy
     */
    public void readBytes(byte[] dst, int off, int len) {
        need(len);
        System.arraycopy(buf, pos, dst, off, len);
        pos += len;
    }

    /** @return the next short */
    public short readShort() {
        need(2);
        short v = (short) SHORT.get(buf, pos);
        pos += 2;
        return v;
    }

    /** @return the next float */
    public float readFloat() {
        return Float.intBitsToFloat(readInt());
    }

    /**
     * Reads an unsigned LEB128 varint written by {@link WireOutput#writeVarInt}.
     *
     * @return the value; a value that does not fit in 31 bits is rejected as corrupt
     */
    public int readVarInt() {
        int v = 0;
        for (int shift = 0; shift < 32; shift += 7) {
            int b = readByte();
            v |= (b & 0x7f) << shift;
            if (b < 0x80) {
                if (v < 0) {
                    break;
                }
                return v;
            }
        }
        throw new IllegalStateException("corrupt message: bad length varint at byte " + pos);
    }

    /**
     * Reads a count of items that take at least {@code minBytesEach} bytes each, rejecting counts
     * the remaining bytes cannot hold (a corrupt length must never allocate gigabytes).
     *
     * @param minBytesEach the smallest encoded size of one item, at least 1
     * @return the count
     */
    public int readCount(int minBytesEach) {
        int n = readVarInt();
        if ((long) n * minBytesEach > remaining()) {
            throw new IllegalStateException("corrupt message: a count of " + n + " items of at least "
                    + minBytesEach + " bytes each, but only " + remaining() + " bytes left");
        }
        return n;
    }

    /**
     * Copies {@code count} little-endian elements into a primitive array in one bulk copy.
     *
     * @param array a primitive array
     * @param layout the element layout, little-endian, unaligned
     * @param first index of the first element to fill
     * @param count number of elements
     */
    public void readArray(Object array, ValueLayout layout, int first, int count) {
        long bytes = count * layout.byteSize();
        if (bytes > remaining()) {
            throw new IllegalStateException("truncated message: need " + bytes + " bytes, " + remaining() + " left");
        }
        MemorySegment.copy(MemorySegment.ofArray(buf), layout, pos, array, first, count);
        pos += (int) bytes;
    }

    private void need(int n) {
        if (n < 0 || n > limit - pos) {
            throw new IllegalStateException("truncated message: need " + n + " bytes, " + (limit - pos) + " left");
        }
    }
}
