package org.par4j.mpi.engine.coll;

import java.lang.foreign.MemorySegment;
import org.par4j.mpi.engine.CollChannel;

/**
 * Dissemination barrier (Hensgen, Finkel and Manber): in round k each rank signals rank + 2^k and waits
 * for rank - 2^k; after ceil(log2 n) rounds every rank has heard, directly or not, from every other.
 */
public final class DisseminationBarrier {
    private static final MemorySegment EMPTY = MemorySegment.ofArray(new byte[0]);

    private DisseminationBarrier() {
    }

    /** @param ch the communicator's collective channel */
    public static void run(CollChannel ch) {
        int n = ch.size();
        int me = ch.rank();
        for (int dist = 1; dist < n; dist <<= 1) {
            ch.sendrecv(EMPTY, (me + dist) % n, EMPTY, (me - dist + n) % n, Tags.BARRIER);
        }
    }
}
