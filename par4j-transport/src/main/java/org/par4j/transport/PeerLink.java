package org.par4j.transport;

import java.lang.foreign.MemorySegment;

/**
 * A reliable, ordered, non-blocking byte stream to one peer and back: what a transport provides to the
 * message engine, which frames messages on top. One thread uses a link at a time.
 */
public interface PeerLink extends AutoCloseable {

    /**
     * Copies as many bytes as fit now from {@code src}. Bytes not taken must not change before the
     * caller writes them again: a link may keep a copy of them and continue from it.
     *
     * @param src the bytes
     * @param offset first byte
     * @param length bytes to write
     * @return bytes written, 0 if the link is full
     * @throws LinkBrokenException if the peer is gone
     */
    long write(MemorySegment src, long offset, long length);

    /**
     * Copies as many bytes as have arrived, up to {@code length}, into {@code dst}.
     *
     * @param dst where they go
     * @param offset first byte of {@code dst}
     * @param length room
     * @return bytes read, 0 if none has arrived
     * @throws LinkBrokenException if the peer is gone and nothing is left to read
     */
    long read(MemorySegment dst, long offset, long length);

    /**
     * @return the boundary, a power of two, that frames should start on: on shared memory a cache line,
     *     so that a small message crosses between cores as one line; 1 where it makes no difference
     */
    default int frameAlignment() {
        return 1;
    }

    /**
     * @return true if the link ends with a {@link LinkBrokenException} once a peer that has gone has had
     *     all its bytes read (a socket: they may still be in the kernel when the peer exits); false if
     *     whatever the peer sent is readable at once and the link never ends (shared memory)
     */
    default boolean reportsEnd() {
        return false;
    }

    /** @return the transport that carries this link */
    TransportKind kind();

    /** Releases the link's resources; further calls fail. */
    @Override
    void close();
}
