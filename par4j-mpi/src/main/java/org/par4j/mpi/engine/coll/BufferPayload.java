package org.par4j.mpi.engine.coll;

import java.lang.foreign.MemorySegment;
import org.par4j.mpi.Datatype;
import org.par4j.mpi.Op;
import org.par4j.mpi.engine.CollChannel;

/**
 * Typed buffers of a fixed size: raw bytes on the wire, combined element-wise in place.
 *
 * @param op the operation
 * @param type the element type
 * @param bytes the size of every value
 */
public record BufferPayload(Op op, Datatype type, long bytes) implements Payload<MemorySegment> {

    @Override
    public void send(CollChannel ch, int dst, int tag, MemorySegment v) {
        ch.send(dst, tag, v);
    }

    @Override
    public MemorySegment recv(CollChannel ch, int src, int tag) {
        MemorySegment t = Segments.allocate(bytes);
        ch.recv(src, tag, t);
        return t;
    }

    @Override
    public MemorySegment combine(MemorySegment lower, MemorySegment higher) {
        op.combine(type, lower, higher);
        return higher;
    }

    @Override
    public MemorySegment copy(MemorySegment v) {
        MemorySegment t = Segments.allocate(bytes);
        MemorySegment.copy(v, 0, t, 0, bytes);
        return t;
    }

    @Override
    public MemorySegment exchange(CollChannel ch, int partner, int tag, MemorySegment v) {
        MemorySegment t = Segments.allocate(bytes);
        ch.sendrecv(v, partner, t, partner, tag);
        return t;
    }
}
