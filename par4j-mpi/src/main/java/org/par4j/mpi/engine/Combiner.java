package org.par4j.mpi.engine;

import java.lang.foreign.MemorySegment;
import org.par4j.mpi.Datatype;
import org.par4j.mpi.Op;
import org.par4j.transport.PeerLink;

/**
 * What makes a receive reduce as its message arrives (the reduce-scatter steps of the ring allreduce):
 * on completion {@code into = init op received}, element by element. The body is read from the link
 * straight into {@code into} a piece at a time, and each piece is combined with {@code init} while it is
 * still in the core's cache: no scratch buffer for the message and no second pass over it. A piece that
 * ends inside an element leaves that element for the next piece.
 */
final class Combiner {
    /** Bytes read per turn: small enough to stay in the core's cache between the copy and the reduction. */
    private static final long PIECE = 64 * 1024;

    private final Op op;
    private final Datatype type;
    private final MemorySegment init;
    private final MemorySegment into;
    private long reduced;
    private RuntimeException failure;

    /**
     * @param op the operation; {@code init} is its lower-rank operand
     * @param type the element type
     * @param init this rank's operand, as long as {@code into}; must not overlap it
     * @param into where the message lands and the result stays
     */
    Combiner(Op op, Datatype type, MemorySegment init, MemorySegment into) {
        if (init.byteSize() < into.byteSize()) {
            throw new IllegalArgumentException("the local operand (" + init.byteSize() + " bytes) is shorter than the result (" + into.byteSize() + ")");
        }
        this.op = op;
        this.type = type;
        this.init = init;
        this.into = into;
    }

    /**
     * Reads the next piece of the body from the link and reduces the whole elements it completes.
     *
     * @param link the sender's link
     * @param offset body bytes read so far
     * @param remaining body bytes still to come
     * @return bytes read, 0 if none has arrived
     */
    long read(PeerLink link, long offset, long remaining) {
        long n = link.read(into, offset, Math.min(remaining, PIECE));
        if (n > 0) {
            reduceUpTo(offset + n);
        }
        return n;
    }

    /**
     * Reduces the elements that lie wholly in {@code into[0, end)} and are not reduced yet. An exception
     * from the operation is kept for {@link #failure} and the rest of the message is only read: it is
     * thrown inside the engine's read loop, which must finish the frame to stay in step with the link.
     */
    void reduceUpTo(long end) {
        long upTo = end - end % type.byteSize();
        if (upTo > reduced) {
            try {
                if (failure == null) {
                    op.combine(type, init.asSlice(reduced, upTo - reduced), into.asSlice(reduced, upTo - reduced));
                }
            } catch (RuntimeException e) {
                failure = e;
            }
            reduced = upTo;
        }
    }

    /** @return what the operation threw, or null */
    RuntimeException failure() {
        return failure;
    }
}
