package org.par4j.mpi.engine.coll;

import java.lang.foreign.MemorySegment;
import org.par4j.mpi.Request;
import org.par4j.mpi.engine.CollChannel;

/**
 * Ring allgather(v): in step k each rank passes the block it received in step k - 1 to its right
 * neighbour; n - 1 steps, each link busy every step. For any n and block sizes.
 */
public final class RingAllgather {
    private RingAllgather() {
    }

    /**
     * @param ch channel
     * @param recv the result; this rank's block already in place
     * @param offsets byte offset of each rank's block
     * @param lengths byte length of each rank's block
     */
    public static void run(CollChannel ch, MemorySegment recv, long[] offsets, long[] lengths) {
        int n = ch.size();
        int me = ch.rank();
        int right = (me + 1) % n;
        int left = (me - 1 + n) % n;
        for (int step = 0; step < n - 1; step++) {
            int sendIdx = Math.floorMod(me - step, n);
            int recvIdx = Math.floorMod(me - step - 1, n);
            Request r = ch.irecv(left, Tags.ALLGATHER, recv.asSlice(offsets[recvIdx], lengths[recvIdx]));
            Request s = ch.isend(right, Tags.ALLGATHER, recv.asSlice(offsets[sendIdx], lengths[sendIdx]));
            r.waitFor();
            s.waitFor();
        }
    }

    /**
     * The same ring for encoded objects.
     *
     * @param ch channel @param mine this rank's encoding @return every rank's encoding, by rank
     */
    public static byte[][] runBytes(CollChannel ch, byte[] mine) {
        int n = ch.size();
        int me = ch.rank();
        byte[][] all = new byte[n][];
        all[me] = mine;
        for (int step = 0; step < n - 1; step++) {
            int sendIdx = Math.floorMod(me - step, n);
            int recvIdx = Math.floorMod(me - step - 1, n);
            Request r = ch.irecvBytes((me - 1 + n) % n, Tags.ALLGATHER);
            Request s = ch.isendBytes((me + 1) % n, Tags.ALLGATHER, all[sendIdx]);
            r.waitFor();
            all[recvIdx] = CollChannel.bytesOf(r);
            s.waitFor();
        }
        return all;
    }
}
