package org.par4j.mpi.engine.coll;

import java.lang.foreign.MemorySegment;
import org.par4j.mpi.Request;
import org.par4j.mpi.engine.CollChannel;

/**
 * Pairwise-exchange alltoall(v): in step k rank r sends to r + k and receives from r - k, n - 1 steps,
 * one partner at a time (Open MPI's {@code alltoall_intra_pairwise}).
 */
public final class PairwiseAlltoall {
    private PairwiseAlltoall() {
    }

    /**
     * @param ch channel
     * @param send the data
     * @param sendOff byte offset of the block for each rank
     * @param sendLen byte length of the block for each rank
     * @param recv the result
     * @param recvOff byte offset of the block from each rank
     * @param recvLen byte length of the block from each rank
     */
    public static void run(CollChannel ch, MemorySegment send, long[] sendOff, long[] sendLen,
                           MemorySegment recv, long[] recvOff, long[] recvLen) {
        int n = ch.size();
        int me = ch.rank();
        MemorySegment.copy(send, sendOff[me], recv, recvOff[me], Math.min(sendLen[me], recvLen[me]));
        for (int step = 1; step < n; step++) {
            int dst = (me + step) % n;
            int src = (me - step + n) % n;
            Request r = ch.irecv(src, Tags.ALLTOALL, recv.asSlice(recvOff[src], recvLen[src]));
            Request s = ch.isend(dst, Tags.ALLTOALL, send.asSlice(sendOff[dst], sendLen[dst]));
            r.waitFor();
            s.waitFor();
        }
    }

    /**
     * The same exchange for encoded objects.
     *
     * @param ch channel @param out the encoding for each rank @return the encoding from each rank
     */
    public static byte[][] runBytes(CollChannel ch, byte[][] out) {
        int n = ch.size();
        int me = ch.rank();
        byte[][] in = new byte[n][];
        in[me] = out[me];
        for (int step = 1; step < n; step++) {
            int dst = (me + step) % n;
            int src = (me - step + n) % n;
            Request r = ch.irecvBytes(src, Tags.ALLTOALL);
            Request s = ch.isendBytes(dst, Tags.ALLTOALL, out[dst]);
            r.waitFor();
            in[src] = CollChannel.bytesOf(r);
            s.waitFor();
        }
        return in;
    }
}
