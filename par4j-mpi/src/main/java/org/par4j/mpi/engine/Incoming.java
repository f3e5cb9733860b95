package org.par4j.mpi.engine;

import java.lang.foreign.MemorySegment;

/**
 * A message that arrived before a receive was posted for it (the unexpected queue): its header and a
 * buffer its body streams into. {@code waiter} is a receive that matched it while the body was still
 * arriving; it completes when {@code complete} becomes true.
 */
final class Incoming {
    final int context;
    final int source;
    final int tag;
    final int type;
    final int syncId;
    final long length;
    final MemorySegment data;
    final byte[] array;
    boolean complete;
    RecvRequest waiter;

    Incoming(int context, int source, int tag, int type, int syncId, long length) {
        this.context = context;
        this.source = source;
        this.tag = tag;
        this.type = type;
        this.syncId = syncId;
        this.length = length;
        if (length <= Integer.MAX_VALUE - 16) {
            array = new byte[(int) length];
            data = MemorySegment.ofArray(array);
        } else {
            array = null;
            data = java.lang.foreign.Arena.ofAuto().allocate(length, 8);
        }
    }
}
