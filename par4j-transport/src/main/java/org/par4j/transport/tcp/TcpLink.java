package org.par4j.transport.tcp;

import java.io.IOException;
import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import org.par4j.transport.LinkBrokenException;
import org.par4j.transport.PeerLink;
import org.par4j.transport.TransportKind;

/**
 * A link over an authenticated, non-blocking TCP connection (TCP_NODELAY). Native segments go straight
 * between the socket and the caller's memory; heap memory goes through a staging buffer per direction,
 * {@link #CHUNK} bytes at a time. Lengths are the engine's 64-bit frame lengths, streamed.
 */
public final class TcpLink implements PeerLink {
    /**
     * Heap bytes cross in pieces this size: small enough that a piece copied into staging is still in
     * the core's cache when the kernel copies it into the socket (or out of it), where a 1 MiB piece
     * was not. NIO would otherwise copy a whole heap buffer into a temporary direct one on every call,
     * however little of it the socket then takes.
     */
    static final int CHUNK = 256 << 10;

    private final SocketChannel ch;
    private final int peer;
    private final ByteBuffer out = ByteBuffer.allocateDirect(CHUNK);
    private final MemorySegment outSeg = MemorySegment.ofBuffer(out);
    private final ByteBuffer in = ByteBuffer.allocateDirect(CHUNK);
    private final MemorySegment inSeg = MemorySegment.ofBuffer(in);
    /**
     * What {@link #out} holds between its position and limit when the socket took only part of it:
     * bytes of {@code staged} from {@code stagedOffset} on. The caller's next write continues there,
     * and the copy is not made again.
     */
    private MemorySegment staged;
    private long stagedOffset;

    /**
     * @param ch an authenticated connection; switched to non-blocking here
     * @param peer the peer's rank, for messages
     * @throws IOException if the socket cannot be configured
     */
    public TcpLink(SocketChannel ch, int peer) throws IOException {
        this.ch = ch;
        this.peer = peer;
        ch.setOption(java.net.StandardSocketOptions.TCP_NODELAY, true);
        ch.configureBlocking(false);
    }

    @Override
    public long write(MemorySegment src, long offset, long length) {
        try {
            if (src.isNative()) {
                return ch.write(src.asSlice(offset, Math.min(length, 1 << 30)).asByteBuffer());
            }
            return writeStaged(src, offset, length);
        } catch (IOException e) {
            throw new LinkBrokenException("connection to rank " + peer + " failed: " + e.getMessage(), e);
        }
    }

    /** Stages and writes piece after piece until the socket is full or the bytes are all out. */
    private long writeStaged(MemorySegment src, long offset, long length) throws IOException {
        long sent = 0;
        while (sent < length) {
            long at = offset + sent;
            int n = (int) Math.min(CHUNK, length - sent);
            if (staged != null && stagedOffset == at && staged.equals(src)) {
                out.limit(out.position() + Math.min(out.remaining(), n));
            } else {
                MemorySegment.copy(src, at, outSeg, 0, n);
                out.clear().limit(n);
            }
            int w = ch.write(out);
            sent += w;
            if (out.hasRemaining()) {
                staged = src;
                stagedOffset = at + w;
                return sent;
            }
        }
        staged = null;
        return sent;
    }

    @Override
    public long read(MemorySegment dst, long offset, long length) {
        try {
            long n = dst.isNative()
                    ? ch.read(dst.asSlice(offset, Math.min(length, 1 << 30)).asByteBuffer())
                    : readStaged(dst, offset, length);
            if (n < 0) {
                throw new LinkBrokenException("connection to rank " + peer + " closed");
            }
            return n;
        } catch (IOException e) {
            throw new LinkBrokenException("connection to rank " + peer + " failed: " + e.getMessage(), e);
        }
    }

    /**
     * Reads piece after piece into staging and copies each out while it is in cache, until the socket
     * has no more or {@code length} is reached.
     *
     * @return bytes read, or -1 at the end of the stream with nothing read
     */
    private long readStaged(MemorySegment dst, long offset, long length) throws IOException {
        long got = 0;
        while (got < length) {
            int want = (int) Math.min(CHUNK, length - got);
            in.clear().limit(want);
            int n = ch.read(in);
            if (n < 0) {
                return got > 0 ? got : -1;
            }
            MemorySegment.copy(inSeg, 0, dst, offset + got, n);
            got += n;
            if (n < want) {
                break;
            }
        }
        return got;
    }

    @Override
    public boolean reportsEnd() {
        return true;
    }

    @Override
    public TransportKind kind() {
        return TransportKind.TCP;
    }

    @Override
    public void close() {
        try {
            ch.close();
        } catch (IOException e) {
            // closing a socket to a peer that is already gone
        }
    }
}
