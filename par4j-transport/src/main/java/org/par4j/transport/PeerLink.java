package org.par4j.transport;

import java.lang.foreign.MemorySegment;

/**
 * A reliable, ordered, non-blocking byte stream to one peer and back: what a transport provides to the
 * message engine, which frames messages on top. One thread uses a link at a time.
 */
public interface PeerLink extends AutoCloseable {
    /** {@link #arrivedInPlace}: fewer bytes than asked for have arrived. */
    long NOT_ARRIVED = -1;
    /** {@link #arrivedInPlace}: the bytes cannot be shown in place; read them. */
    long NOT_IN_PLACE = -2;

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
     * Zero-copy send: where {@code n} free bytes lie in a row in {@link #writableMemory()}, so that a small
     * frame can be written straight into the link and then {@link #commit committed}.
     *
     * @param n bytes wanted in a row
     * @return their offset in {@link #writableMemory()}, or -1 if that much is not free, it would wrap
     *     around the end of the link's memory, or the link cannot take bytes in place
     */
    default long writableInPlace(long n) {
        return -1;
    }

    /** @return the memory {@link #writableInPlace} offsets point into; null on a link without one */
    default MemorySegment writableMemory() {
        return null;
    }

    /**
     * Sends bytes written where {@link #writableInPlace} said, as if they had been written.
     *
     * @param n bytes, at most what {@link #writableInPlace} reported free in a row
     */
    default void commit(long n) {
        throw new IllegalStateException("this link takes no bytes in place, so it has none to commit");
    }

    /**
     * Zero-copy receive: where at least {@code min} arrived bytes lie in a row in {@link #arrivedMemory()},
     * so that a small frame can be parsed and copied out where it lies, then {@link #consume consumed}.
     *
     * @param min bytes wanted in a row
     * @return their offset in {@link #arrivedMemory()}; {@link #NOT_ARRIVED} if fewer have arrived;
     *     {@link #NOT_IN_PLACE} if they wrap around the end of the link's memory or the link cannot show
     *     arrived bytes in place (read them then)
     */
    default long arrivedInPlace(long min) {
        return NOT_IN_PLACE;
    }

    /** @return the memory {@link #arrivedInPlace} offsets point into; null on a link without one */
    default MemorySegment arrivedMemory() {
        return null;
    }

    /**
     * Releases bytes that {@link #arrivedInPlace} showed, as if they had been read.
     *
     * @param n bytes, at most what {@link #arrivedInPlace} reported in a row
     */
    default void consume(long n) {
        throw new IllegalStateException("this link shows no arrived bytes in place, so it has none to consume");
    }

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
