package org.par4j.transport.shm;

import java.lang.foreign.MemorySegment;
import org.par4j.transport.PeerLink;
import org.par4j.transport.TransportKind;

/** A link to a rank on this host: an outbound ring it consumes and an inbound ring it produces into. */
public final class ShmLink implements PeerLink {
    private final SpscByteRing out;
    private final SpscByteRing in;
    private final TransportKind kind;

    /**
     * @param out the ring this side produces into
     * @param in the ring this side consumes
     * @param kind SHM, or SELF for the loop-back ring
     */
    public ShmLink(SpscByteRing out, SpscByteRing in, TransportKind kind) {
        this.out = out;
        this.in = in;
        this.kind = kind;
    }

    @Override
    public long write(MemorySegment src, long offset, long length) {
        return out.write(src, offset, length);
    }

    @Override
    public long read(MemorySegment dst, long offset, long length) {
        return in.read(dst, offset, length);
    }

    @Override
    public long writableInPlace(long n) {
        return out.writableInPlace(n);
    }

    @Override
    public MemorySegment writableMemory() {
        return out.data();
    }

    @Override
    public void commit(long n) {
        out.commit(n);
    }

    @Override
    public long arrivedInPlace(long min) {
        return in.arrivedInPlace(min);
    }

    @Override
    public MemorySegment arrivedMemory() {
        return in.data();
    }

    @Override
    public void consume(long n) {
        in.consume(n);
    }

    @Override
    public int frameAlignment() {
        return 64;
    }

    @Override
    public TransportKind kind() {
        return kind;
    }

    @Override
    public void close() {
        // the mappings belong to the engine's arena, closed with it
    }
}
