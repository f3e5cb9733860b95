package org.par4j.mpi.engine.coll;

import java.lang.foreign.MemorySegment;
import org.par4j.mpi.Datatype;
import org.par4j.mpi.Op;
import org.par4j.mpi.Request;
import org.par4j.mpi.engine.CollChannel;

/**
 * Ring allreduce for large buffers and commutative operations (the bandwidth-optimal algorithm of
 * Patarasuk and Yuan, used by Open MPI's {@code coll/tuned} and NCCL): the data is cut into n blocks;
 * n - 1 reduce-scatter steps around the ring leave each rank with one fully reduced block, n - 1
 * allgather steps spread them. Each rank sends and receives 2 (n - 1) / n of the data in all.
 */
public final class RingAllreduce {
    private RingAllreduce() {
    }

    /**
     * @param ch channel
     * @param op a commutative operation
     * @param type element type
     * @param work this rank's data on entry, the result on return
     */
    public static void run(CollChannel ch, Op op, Datatype type, MemorySegment work) {
        int n = ch.size();
        int me = ch.rank();
        int right = (me + 1) % n;
        int left = (me - 1 + n) % n;
        long count = work.byteSize() / type.byteSize();
        MemorySegment tmp = Segments.allocate(block(count, n, 0) * type.byteSize());
        for (int step = 0; step < n - 1; step++) {
            int sendIdx = Math.floorMod(me - step, n);
            int recvIdx = Math.floorMod(me - step - 1, n);
            MemorySegment into = tmp.asSlice(0, block(count, n, recvIdx) * type.byteSize());
            Request r = ch.irecv(left, Tags.ALLREDUCE, into);
            Request s = ch.isend(right, Tags.ALLREDUCE, slice(work, type, count, n, sendIdx));
            r.waitFor();
            op.combine(type, into, slice(work, type, count, n, recvIdx));
            s.waitFor();
        }
        for (int step = 0; step < n - 1; step++) {
            int sendIdx = Math.floorMod(me - step + 1, n);
            int recvIdx = Math.floorMod(me - step, n);
            Request r = ch.irecv(left, Tags.ALLREDUCE, slice(work, type, count, n, recvIdx));
            Request s = ch.isend(right, Tags.ALLREDUCE, slice(work, type, count, n, sendIdx));
            r.waitFor();
            s.waitFor();
        }
    }

    static long block(long count, int n, int i) {
        return count / n + (i < count % n ? 1 : 0);
    }

    static long start(long count, int n, int i) {
        return i * (count / n) + Math.min(i, count % n);
    }

    private static MemorySegment slice(MemorySegment work, Datatype type, long count, int n, int i) {
        return work.asSlice(start(count, n, i) * type.byteSize(), block(count, n, i) * type.byteSize());
    }
}
