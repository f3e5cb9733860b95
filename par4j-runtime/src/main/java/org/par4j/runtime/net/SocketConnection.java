package org.par4j.runtime.net;

import java.io.IOException;
import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import org.par4j.ChannelClosedException;
import org.par4j.Connection;
import org.par4j.Par4jException;
import org.par4j.runtime.wire.Codecs;
import org.par4j.runtime.wire.WireInput;
import org.par4j.runtime.wire.WireOutput;

/**
 * A {@link Connection} over an authenticated socket (TCP or Unix). Each message is its length (i64,
 * little-endian) then its bytes; large messages go straight between the caller's memory and the
 * socket in slices. The channel is non-blocking after the handshake, with one selector for reading and
 * one for writing, so that {@link #poll(Duration)} can wait with a timeout.
 *
 * <p>One sending and one receiving thread at a time.
 */
public final class SocketConnection implements Connection {
    private static final int SLICE = 1 << 20;

    private final SocketChannel channel;
    private final String peer;
    private final Selector readable;
    private final Selector writable;
    private final ByteBuffer header = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
    private final ByteBuffer outHeader = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
    private final WireOutput out = new WireOutput(256);
    private byte[] in = new byte[256];
    private volatile boolean closed;

    /**
     * @param channel a connected channel whose peer has authenticated, in blocking mode
     * @param peer the peer, for messages
     * @throws IOException if the selectors cannot be opened
     */
    public SocketConnection(SocketChannel channel, String peer) throws IOException {
        this.channel = channel;
        this.peer = peer;
        channel.configureBlocking(false);
        this.readable = Selector.open();
        this.writable = Selector.open();
        channel.register(readable, SelectionKey.OP_READ);
        channel.register(writable, SelectionKey.OP_WRITE);
    }

    @Override
    public void send(Object value) {
        out.reset();
        Codecs.objects().encode(value, out);
        sendBytes(out.array(), 0, out.size());
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T recv() {
        long len = awaitHeader(-1);
        if (len > Integer.MAX_VALUE - 16) {
            throw new IllegalStateException("an object message of " + len + " bytes is larger than a Java array");
        }
        if (in.length < len || in.length > (1 << 20) && len <= (1 << 20)) {
            in = new byte[(int) Math.max(256, len)];
        }
        readFully(ByteBuffer.wrap(in, 0, (int) len));
        header.clear();
        return (T) Codecs.objects().decode(new WireInput(in, 0, (int) len));
    }

    @Override
    public synchronized void sendBytes(byte[] bytes, int offset, int length) {
        java.util.Objects.checkFromIndexSize(offset, length, bytes.length);
        outHeader.clear();
        outHeader.putLong(length).flip();
        // The header and the first slice leave in one system call (one segment for a small message).
        int firstLength = Math.min(SLICE, length);
        writeFully(new ByteBuffer[] {outHeader, ByteBuffer.wrap(bytes, offset, firstLength)});
        for (int at = offset + firstLength; at < offset + length; at += SLICE) {
            writeFully(ByteBuffer.wrap(bytes, at, Math.min(SLICE, offset + length - at)));
        }
    }

    @Override
    public synchronized void sendBytes(MemorySegment bytes) {
        writeHeader(bytes.byteSize());
        for (long at = 0; at < bytes.byteSize(); at += SLICE) {
            MemorySegment slice = bytes.asSlice(at, Math.min(SLICE, bytes.byteSize() - at));
            writeFully(slice.isNative() ? slice.asByteBuffer() : ByteBuffer.wrap(slice.toArray(
                    java.lang.foreign.ValueLayout.JAVA_BYTE)));
        }
    }

    private void writeHeader(long length) {
        outHeader.clear();
        outHeader.putLong(length).flip();
        writeFully(outHeader);
    }

    @Override
    public byte[] recvBytes() {
        long len = awaitHeader(-1);
        if (len > Integer.MAX_VALUE - 16) {
            throw new IllegalStateException("a message of " + len + " bytes does not fit a Java array");
        }
        byte[] b = new byte[(int) len];
        readFully(ByteBuffer.wrap(b));
        header.clear();
        return b;
    }

    @Override
    public int recvBytesInto(byte[] buffer, int offset) {
        long len = awaitHeader(-1);
        requireRoom(len, buffer.length - offset);
        readFully(ByteBuffer.wrap(buffer, offset, (int) len));
        header.clear();
        return (int) len;
    }

    @Override
    public long recvBytesInto(MemorySegment buffer) {
        long len = awaitHeader(-1);
        requireRoom(len, buffer.byteSize());
        for (long at = 0; at < len; at += SLICE) {
            int n = (int) Math.min(SLICE, len - at);
            if (buffer.isNative()) {
                readFully(buffer.asSlice(at, n).asByteBuffer());
            } else {
                ByteBuffer b = ByteBuffer.allocate(n);
                readFully(b);
                MemorySegment.copy(MemorySegment.ofArray(b.array()), 0, buffer, at, n);
            }
        }
        header.clear();
        return len;
    }

    private static void requireRoom(long len, long room) {
        if (len > room) {
            throw new IllegalArgumentException("buffer too short: the message has " + len + " bytes, the buffer room for "
                    + room + " (the message stays unread)");
        }
    }

    @Override
    public boolean poll(Duration timeout) {
        try {
            return awaitHeader(Math.max(1, timeout.toMillis())) >= 0;
        } catch (ChannelClosedException e) {
            return true;
        }
    }

    /** Reads the next length header (kept until the message is read); -1 if {@code timeoutMillis} passed. */
    private long awaitHeader(long timeoutMillis) {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        try {
            while (header.hasRemaining()) {
                int r = channel.read(header);
                if (r < 0) {
                    throw eof();
                }
                if (r == 0) {
                    long left = timeoutMillis < 0 ? 0 : deadline - System.currentTimeMillis();
                    if (timeoutMillis >= 0 && left <= 0) {
                        return -1;
                    }
                    readable.select(left);
                    readable.selectedKeys().clear();
                }
            }
        } catch (IOException e) {
            throw broken(e);
        }
        long len = header.getLong(0);
        if (len < 0) {
            throw new Par4jException("corrupt stream from " + peer + ": negative message length " + len);
        }
        return len;
    }

    private void readFully(ByteBuffer b) {
        try {
            while (b.hasRemaining()) {
                int r = channel.read(b);
                if (r < 0) {
                    throw eof();
                }
                if (r == 0) {
                    readable.select();
                    readable.selectedKeys().clear();
                }
            }
        } catch (IOException e) {
            throw broken(e);
        }
    }

    private void writeFully(ByteBuffer b) {
        writeFully(new ByteBuffer[] {b});
    }

    private void writeFully(ByteBuffer[] bs) {
        if (closed) {
            throw new ChannelClosedException("this connection is closed", -1);
        }
        try {
            while (bs[bs.length - 1].hasRemaining()) {
                if (channel.write(bs) == 0) {
                    writable.select();
                    writable.selectedKeys().clear();
                }
            }
        } catch (IOException e) {
            throw broken(e);
        }
    }

    private ChannelClosedException eof() {
        return new ChannelClosedException("the connection to " + peer + " was closed by the other side", -1);
    }

    private ChannelClosedException broken(IOException e) {
        ChannelClosedException c = new ChannelClosedException(closed ? "this connection is closed"
                : "the connection to " + peer + " broke: " + e.getMessage(), -1);
        c.initCause(e);
        return c;
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            readable.close();
            writable.close();
            channel.close();
        } catch (IOException e) {
            throw new Par4jException("cannot close the connection to " + peer + ": " + e.getMessage(), e);
        }
    }

    @Override
    public boolean isClosed() {
        return closed;
    }

    @Override
    public String toString() {
        return "Connection to " + peer;
    }
}
