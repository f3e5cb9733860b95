package org.par4j.mpi.engine;

import java.lang.foreign.MemorySegment;

/**
 * The parse state of one peer's incoming byte stream: filling a header, or streaming a body into its
 * target (a posted receive's buffer, an unexpected message's buffer, or the discard scratch).
 */
final class InboundChannel {
    final MemorySegment header;
    int headerFill;
    /** Padding still to skip before the next frame's header. */
    long pad;
    MemorySegment target;
    long targetOffset;
    long remaining;
    boolean inBody;
    boolean discard;
    RecvRequest request;
    Incoming incoming;
    int msgSource;
    int msgTag;
    int msgType;
    long msgLength;

    /** @param header where the header is assembled: {@link FrameDescriptor#HEADER} bytes of native memory */
    InboundChannel(MemorySegment header) {
        this.header = header;
    }

    /** A message's header has been read: its body of {@code length} bytes comes next. */
    void startBody(int source, int tag, int type, long length) {
        inBody = true;
        msgSource = source;
        msgTag = tag;
        msgType = type;
        msgLength = length;
        remaining = length;
        targetOffset = 0;
    }

    void reset() {
        inBody = false;
        discard = false;
        target = null;
        request = null;
        incoming = null;
    }
}
