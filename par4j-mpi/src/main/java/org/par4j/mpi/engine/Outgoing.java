package org.par4j.mpi.engine;

import java.lang.foreign.MemorySegment;

/** A frame waiting in a peer's send queue: its header, body and padding, and how much of each is written. */
final class Outgoing {
    final MemorySegment head;
    final MemorySegment body;
    final int pad;
    long headDone;
    int padDone;
    boolean started;
    long bodyDone;
    final SendRequest request;

    Outgoing(MemorySegment head, MemorySegment body, int pad, SendRequest request) {
        this.head = head;
        this.body = body;
        this.pad = pad;
        this.request = request;
    }

    boolean started() {
        return started;
    }
}
