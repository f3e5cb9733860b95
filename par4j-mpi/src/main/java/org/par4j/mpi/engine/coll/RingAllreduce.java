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
 *
 * <p>Every byte moves once per step: the first step sends straight from the send buffer, each
 * reduce-scatter receive reduces into the result as it arrives ({@link CollChannel#irecvReduce}, no
 * scratch block), and no copy of the input is made. All receives are posted before anything is sent and
 * each rank tells its left neighbour it is ready first, so no block arrives unexpected (an unexpected
 * message is buffered whole, in fresh memory, and copied again).
 */
public final class RingAllreduce {
    private static final MemorySegment EMPTY = MemorySegment.ofArray(new byte[0]);

    private RingAllreduce() {
    }

    /**
     * @param ch channel
     * @param op a commutative operation
     * @param type element type
     * @param send this rank's data (may overlap {@code recv})
     * @param recv the result, as long as {@code send}'s data; at least one element per rank
     */
    public static void run(CollChannel ch, Op op, Datatype type, MemorySegment send, MemorySegment recv) {
        int n = ch.size();
        int me = ch.rank();
        int right = (me + 1) % n;
        int left = (me - 1 + n) % n;
        long count = recv.byteSize() / type.byteSize();
        op.combine(type, recv.asSlice(0, 0), recv.asSlice(0, 0)); // an operation that does not apply to the type throws here, on every rank
        MemorySegment mine = send.asSlice(0, recv.byteSize());
        if (mine.asOverlappingSlice(recv).isPresent()) {
            // in place: a reduce-scatter receive overwrites its block before reducing it with this rank's
            MemorySegment copy = Segments.allocate(recv.byteSize(), type);
            copy.copyFrom(mine);
            mine = copy;
        }
        // from the left: n - 1 reduce-scatter blocks, then n - 1 allgather blocks (one tag: posting order is arrival order)
        Request ready = ch.irecv(right, Tags.ALLREDUCE, EMPTY);
        Request[] in = new Request[2 * (n - 1)];
        for (int step = 0; step < n - 1; step++) {
            int idx = Math.floorMod(me - step - 1, n);
            in[step] = ch.irecvReduce(left, Tags.ALLREDUCE, slice(recv, type, count, n, idx), slice(mine, type, count, n, idx), op, type);
        }
        for (int step = 0; step < n - 1; step++) {
            in[n - 1 + step] = ch.irecv(left, Tags.ALLREDUCE, slice(recv, type, count, n, Math.floorMod(me - step, n)));
        }
        Request[] out = new Request[2 * (n - 1) + 1];
        out[0] = ch.isend(left, Tags.ALLREDUCE, EMPTY);
        ready.waitFor();
        for (int step = 0; step < n - 1; step++) {
            // the block reduced at the previous step (at the first, this rank's own)
            int idx = Math.floorMod(me - step, n);
            out[1 + step] = ch.isend(right, Tags.ALLREDUCE, slice(step == 0 ? mine : recv, type, count, n, idx));
            in[step].waitFor();
        }
        for (int step = 0; step < n - 1; step++) {
            // the block completed at the previous step (at the first, the one this rank finished reducing)
            int idx = Math.floorMod(me - step + 1, n);
            out[n + step] = ch.isend(right, Tags.ALLREDUCE, slice(recv, type, count, n, idx));
            in[n - 1 + step].waitFor();
        }
        for (Request r : out) {
            r.waitFor();
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
