package org.par4j.mpi.engine;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import org.par4j.mpi.Datatype;
import org.par4j.mpi.MpiException;
import org.par4j.transport.LinkBrokenException;
import org.par4j.transport.PeerLink;

/**
 * The receiving half of an {@link Engine}: parses each peer's byte stream into frames, matches message
 * headers to posted receives (or buffers them as unexpected), streams bodies into their targets, and
 * takes small frames where they lie in a shared-memory link. Used by the engine's thread only.
 */
final class InboundParser {
    private final Engine engine;
    private final PeerLink[] links;
    private final InboundChannel[] channels;
    private final Matcher matcher;
    private final MemorySegment discard;
    /** A posted receive completed in this {@link #poll}: it returns before reading the next header. */
    private boolean received;

    /**
     * @param engine the engine it reads for
     * @param links a link per world rank
     * @param arena where its header and discard buffers live
     */
    InboundParser(Engine engine, PeerLink[] links, Arena arena) {
        this.engine = engine;
        this.links = links;
        this.matcher = engine.matcher();
        this.discard = arena.allocate(1 << 16, 64);
        this.channels = new InboundChannel[links.length];
        for (int i = 0; i < links.length; i++) {
            channels[i] = new InboundChannel(arena.allocate(FrameDescriptor.HEADER, 64));
        }
    }

    /** Hands a buffered (unexpected) message to the receive that matched it. */
    static void deliver(Incoming m, RecvRequest r) {
        Datatype type = FrameDescriptor.datatype(m.type);
        if (r.buf == null) {
            if (m.array == null) {
                r.fail(new MpiException("an object message of " + m.length + " bytes is too large for one array: send it as a typed buffer"));
                return;
            }
            r.objectBytes = m.array;
        } else {
            MemorySegment.copy(m.data, 0, r.buf.segment(), 0, m.length);
            if (r.combiner != null) {
                r.combiner.reduceUpTo(m.length);
            }
        }
        r.complete(m.source, m.tag, m.length, type);
    }

    /**
     * Reads what has arrived from one peer: frames parsed, bodies streamed into their targets, up to the
     * first message that completes a posted receive. Its caller returns before the next header is
     * read: in a stream of large messages (a broadcast in a loop) that header is often there already,
     * and read before the caller's next receive is posted, its body would be buffered whole as
     * unexpected, in fresh memory, and copied again (8 MiB broadcasts between two ranks took 20 ms
     * each in one run in five, against 0.5 ms).
     *
     * @param p the peer's world rank
     * @return true if any byte moved
     */
    boolean poll(int p) {
        InboundChannel c = channels[p];
        PeerLink link = links[p];
        boolean any = false;
        while (true) {
            if (received) {
                received = false;
                return true;
            }
            long at = c.pad == 0 && !c.inBody && c.headerFill == 0 ? link.arrivedInPlace(FrameDescriptor.HEADER)
                    : PeerLink.NOT_IN_PLACE;
            if (at == PeerLink.NOT_ARRIVED) {
                // a frame's header is written whole: nothing has come, and one look said so
                return any;
            }
            if (at >= 0 && readInPlace(p, c, link, at)) {
                any = true;
            } else if (c.pad > 0) {
                long n = link.read(discard, 0, c.pad);
                if (n == 0) {
                    return any;
                }
                c.pad -= n;
            } else if (!c.inBody) {
                long n = link.read(c.header, c.headerFill, FrameDescriptor.HEADER - c.headerFill);
                if (n == 0) {
                    return any;
                }
                any = true;
                c.headerFill += (int) n;
                if (c.headerFill < FrameDescriptor.HEADER) {
                    continue;
                }
                c.headerFill = 0;
                onHeader(p, c, c.header, 0);
                if (!c.inBody) {
                    c.pad = engine.padding(p, 0); // an ACK: header only
                } else if (c.remaining == 0) {
                    finishBody(p, c);
                }
            } else {
                Combiner k = c.request == null ? null : c.request.combiner;
                long n = c.discard
                        ? link.read(discard, 0, Math.min(c.remaining, discard.byteSize()))
                        : k != null ? k.read(link, c.targetOffset, c.remaining) : link.read(c.target, c.targetOffset, c.remaining);
                if (n == 0) {
                    return any;
                }
                any = true;
                c.targetOffset += n;
                c.remaining -= n;
                if (c.remaining == 0) {
                    finishBody(p, c);
                }
            }
        }
    }

    /**
     * A whole small message that has arrived in one piece is parsed and copied out where it lies in the
     * link: one copy and one release, where the general path copies the header, the body and the
     * padding out one by one. A reduction's body still streams through its combiner.
     *
     * @param at where a header lies in the link's {@link PeerLink#arrivedMemory()}
     * @return true if a frame was taken
     */
    private boolean readInPlace(int p, InboundChannel c, PeerLink link, long at) {
        MemorySegment mem = link.arrivedMemory();
        long len = FrameDescriptor.length(mem, at);
        if (FrameDescriptor.kind(mem, at) != FrameDescriptor.KIND_MSG || len < 0 || len > Engine.INLINE) {
            return false;
        }
        long total = FrameDescriptor.HEADER + len + engine.padding(p, len);
        if (link.arrivedInPlace(total) != at) {
            return false;
        }
        onHeader(p, c, mem, at);
        if (c.request != null && c.request.combiner != null) {
            link.consume(FrameDescriptor.HEADER);
            if (c.remaining == 0) {
                finishBody(p, c);
            }
            return true;
        }
        if (!c.discard) {
            MemorySegment.copy(mem, at + FrameDescriptor.HEADER, c.target, c.targetOffset, len);
        }
        link.consume(total);
        c.remaining = 0;
        finishBody(p, c);
        c.pad = 0; // consumed with the frame
        return true;
    }

    private void onHeader(int p, InboundChannel c, MemorySegment h, long at) {
        int kind = FrameDescriptor.kind(h, at);
        if (kind == FrameDescriptor.KIND_ACK) {
            engine.acked(FrameDescriptor.syncId(h, at));
            return;
        }
        if (kind != FrameDescriptor.KIND_MSG) {
            throw new LinkBrokenException("corrupt frame from rank " + p + " (kind " + Integer.toHexString(kind) + ")");
        }
        int ctx = FrameDescriptor.context(h, at);
        int src = FrameDescriptor.source(h, at);
        int tag = FrameDescriptor.tag(h, at);
        int type = FrameDescriptor.type(h, at);
        int syncId = FrameDescriptor.syncId(h, at);
        long len = FrameDescriptor.length(h, at);
        c.startBody(src, tag, type, len);
        RecvRequest r = matcher.takePosted(ctx, src, tag);
        if (r == null) {
            Incoming m = new Incoming(ctx, src, tag, type, syncId, len);
            matcher.arrived(m);
            c.incoming = m;
            c.target = m.data;
            return;
        }
        if (syncId != 0) {
            engine.sendAck(src, syncId);
        }
        MpiException err = ReceiveFit.check(engine.rank, r, type, len, src, tag);
        if (err == null && r.buf == null && len > Integer.MAX_VALUE - 16) {
            err = new MpiException("an object message of " + len + " bytes is too large for one array: send it as a typed buffer");
        }
        if (err != null) {
            r.fail(err);
            c.discard = true;
            return;
        }
        c.request = r;
        if (r.buf == null) {
            r.objectBytes = new byte[(int) len];
            c.target = MemorySegment.ofArray(r.objectBytes);
        } else {
            c.target = r.buf.segment();
        }
    }

    private void finishBody(int p, InboundChannel c) {
        c.pad = engine.padding(p, c.msgLength);
        if (c.request != null) {
            received = true;
            c.request.complete(c.msgSource, c.msgTag, c.msgLength, FrameDescriptor.datatype(c.msgType));
        } else if (c.incoming != null) {
            Incoming m = c.incoming;
            m.complete = true;
            if (m.waiter != null) {
                deliver(m, m.waiter);
            }
        }
        c.reset();
    }
}
