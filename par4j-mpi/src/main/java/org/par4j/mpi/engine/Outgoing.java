package org.par4j.mpi.engine;

import java.lang.foreign.MemorySegment;

/** A frame waiting in a peer's send queue: its header and body, and how much of each is written. */
final class Outgoing {
    final MemorySegment head;
    final MemorySegment body;
    long headDone;
    boolean started;
    long bodyDone;
    final SendRequest request;

    Outgoing(MemorySegment head, MemorySegment body, SendRequest request) {
        this.head = head;
        this.body = body;
        this.request = request;
    }

    boolean started() {
        return started;
    }
}
