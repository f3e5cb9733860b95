package org.par4j.runtime.wire;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/** Reads little-endian values from a byte array written by {@link WireOutput}. Not thread-safe. */
public final class WireInput {
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
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

    private void need(int n) {
        if (n < 0 || pos + n > limit) {
            throw new IllegalStateException("truncated message: need " + n + " bytes, " + (limit - pos) + " left");
        }
    }
}
