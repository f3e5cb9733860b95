package org.par4j.mpi.engine;

import java.lang.foreign.MemorySegment;
import org.par4j.transport.PeerLink;

/** A frame waiting in a peer's send queue: its pieces (header, body, padding), written in order. */
final class Outgoing {
    /** What padding is written from: its bytes are never read. */
    private static final MemorySegment PAD = MemorySegment.ofArray(new byte[64]);

    private final MemorySegment[] pieces;
    private int piece;
    private long done;
    /** True once a byte is in the link: the frame can no longer be withdrawn. */
    boolean started;
    final SendRequest request;

    /**
     * @param head the header
     * @param body the body
     * @param pad bytes of padding after it (less than 64)
     * @param request the send, or null for an engine frame (an ACK)
     */
    Outgoing(MemorySegment head, MemorySegment body, int pad, SendRequest request) {
        this(request, head, body, PAD.asSlice(0, pad));
    }

    /**
     * @param request the send
     * @param pieces the frame's bytes, in order
     */
    Outgoing(SendRequest request, MemorySegment... pieces) {
        this.pieces = pieces;
        this.request = request;
    }

    /**
     * Writes as much as the link takes now.
     *
     * @param link the peer's link
     * @return true if any byte was written
     */
    boolean writeTo(PeerLink link) {
        boolean any = false;
        for (; piece < pieces.length; piece++, done = 0) {
            long size = pieces[piece].byteSize();
            if (done < size) {
                long n = link.write(pieces[piece], done, size - done);
                done += n;
                any |= n > 0;
                if (done < size) {
                    break;
                }
            }
        }
        started |= any;
        return any;
    }

    /** @return true once every piece is written */
    boolean finished() {
        return piece == pieces.length;
    }
}
