package org.par4j.mpi.engine.coll;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;

/** Scratch buffers for collectives: heap arrays (8-byte aligned longs) up to 16 GiB, native beyond. */
final class Segments {
    private Segments() {
    }

    /** @return a zeroed buffer backed by a double[] for doubles (so reductions can use array loops), else by a long[] */
    static MemorySegment allocate(long bytes, org.par4j.mpi.Datatype type) {
        if (type == org.par4j.mpi.Datatype.DOUBLE && bytes / 8 <= Integer.MAX_VALUE - 16) {
            return MemorySegment.ofArray(new double[(int) ((bytes + 7) / 8)]).asSlice(0, bytes);
        }
        return allocate(bytes);
    }

    static MemorySegment allocate(long bytes) {
        long longs = (bytes + 7) / 8;
        if (longs <= Integer.MAX_VALUE - 16) {
            return MemorySegment.ofArray(new long[(int) longs]).asSlice(0, bytes);
        }
        return Arena.ofAuto().allocate(bytes, 8);
    }
}
