package org.par4j.mpi.engine.coll;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;

/** Scratch buffers for collectives: heap arrays (8-byte aligned longs) up to 16 GiB, native beyond. */
final class Segments {
    private Segments() {
    }

    static MemorySegment allocate(long bytes) {
        long longs = (bytes + 7) / 8;
        if (longs <= Integer.MAX_VALUE - 16) {
            return MemorySegment.ofArray(new long[(int) longs]).asSlice(0, bytes);
        }
        return Arena.ofAuto().allocate(bytes, 8);
    }
}
