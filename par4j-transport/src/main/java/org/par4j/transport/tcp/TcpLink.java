package org.par4j.transport.tcp;

import java.io.IOException;
import java.lang.foreign.MemorySegment;
import java.nio.channels.SocketChannel;
import org.par4j.transport.LinkBrokenException;
import org.par4j.transport.PeerLink;
import org.par4j.transport.TransportKind;

/**
 * A link over an authenticated, non-blocking TCP connection (TCP_NODELAY). Bytes go straight between
 * the socket and the caller's segment; lengths are the engine's 64-bit frame lengths, streamed.
 */
public final class TcpLink implements PeerLink {
    private final SocketChannel ch;
    private final int peer;
    private final java.nio.ByteBuffer staging = java.nio.ByteBuffer.allocateDirect(1 << 20);
    private final MemorySegment stagingSeg = MemorySegment.ofBuffer(staging);

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
            if (direct(src)) {
                return ch.write(src.asSlice(offset, Math.min(length, 1 << 30)).asByteBuffer());
            }
            int n = (int) Math.min(length, staging.capacity());
            staging.clear().limit(n);
            MemorySegment.copy(src, offset, stagingSeg, 0, n);
            return ch.write(staging);
        } catch (IOException e) {
            throw new LinkBrokenException("connection to rank " + peer + " failed: " + e.getMessage(), e);
        }
    }

    @Override
    public long read(MemorySegment dst, long offset, long length) {
        try {
            int n;
            if (direct(dst)) {
                n = ch.read(dst.asSlice(offset, Math.min(length, 1 << 30)).asByteBuffer());
            } else {
                staging.clear().limit((int) Math.min(length, staging.capacity()));
                n = ch.read(staging);
                if (n > 0) {
                    MemorySegment.copy(stagingSeg, 0, dst, offset, n);
                }
            }
            if (n < 0) {
                throw new LinkBrokenException("connection to rank " + peer + " closed");
            }
            return n;
        } catch (IOException e) {
            throw new LinkBrokenException("connection to rank " + peer + " failed: " + e.getMessage(), e);
        }
    }

    /**
     * Native segments go to the socket as they are. Heap memory goes through staging a piece at a time:
     * NIO would copy a whole heap buffer into a temporary direct one on every call, however little of it
     * the socket then takes (a 4 MiB message was copied some ten times over, 3.7 ms a message).
     */
    private static boolean direct(MemorySegment s) {
        return s.isNative();
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
