package org.par4j.mpi.engine.coll;

import java.lang.foreign.MemorySegment;
import org.par4j.mpi.engine.CollChannel;

/**
 * Recursive-doubling allgather for a power-of-two number of ranks and equal blocks: partners at
 * distance 1, 2, 4, ... swap everything they hold, log2 n steps (fewer messages than the ring: better
 * for small blocks).
 */
public final class RecursiveDoublingAllgather {
    private RecursiveDoublingAllgather() {
    }

    /**
     * @param ch channel (size a power of two)
     * @param recv the result; this rank's block already in place
     * @param block bytes per rank
     */
    public static void run(CollChannel ch, MemorySegment recv, long block) {
        int me = ch.rank();
        for (int mask = 1; mask < ch.size(); mask <<= 1) {
            int partner = me ^ mask;
            long mine = (me & ~(mask - 1)) * block;
            long theirs = (partner & ~(mask - 1)) * block;
            ch.sendrecv(recv.asSlice(mine, mask * block), partner, recv.asSlice(theirs, mask * block), partner, Tags.ALLGATHER);
        }
    }
}
