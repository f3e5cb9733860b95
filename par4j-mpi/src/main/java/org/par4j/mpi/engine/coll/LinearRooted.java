package org.par4j.mpi.engine.coll;

import java.lang.foreign.MemorySegment;
import org.par4j.mpi.Request;
import org.par4j.mpi.engine.CollChannel;

/**
 * Scatter(v) and gather(v) as Open MPI's {@code basic_linear}: the root posts all its sends (or
 * receives) at once and waits for them together; the others make one call. The root's own block is a
 * local copy.
 */
public final class LinearRooted {
    private LinearRooted() {
    }

    /**
     * @param ch channel
     * @param send the root's data (null elsewhere)
     * @param offsets byte offset of each rank's block in {@code send}
     * @param lengths byte length of each rank's block
     * @param recv this rank's block
     * @param root the root
     */
    public static void scatter(CollChannel ch, MemorySegment send, long[] offsets, long[] lengths, MemorySegment recv, int root) {
        if (ch.rank() != root) {
            ch.recv(root, Tags.SCATTER, recv);
            return;
        }
        Request[] rs = new Request[ch.size()];
        for (int r = 0; r < ch.size(); r++) {
            if (r == root) {
                MemorySegment.copy(send, offsets[r], recv, 0, lengths[r]);
            } else {
                rs[r] = ch.isend(r, Tags.SCATTER, send.asSlice(offsets[r], lengths[r]));
            }
        }
        waitAll(rs);
    }

    /**
     * @param ch channel
     * @param send this rank's block
     * @param recv the root's result (null elsewhere)
     * @param offsets byte offset of each rank's block in {@code recv}
     * @param lengths byte length of each rank's block
     * @param root the root
     */
    public static void gather(CollChannel ch, MemorySegment send, MemorySegment recv, long[] offsets, long[] lengths, int root) {
        if (ch.rank() != root) {
            ch.send(root, Tags.GATHER, send);
            return;
        }
        Request[] rs = new Request[ch.size()];
        for (int r = 0; r < ch.size(); r++) {
            if (r == root) {
                MemorySegment.copy(send, 0, recv, offsets[r], lengths[r]);
            } else {
                rs[r] = ch.irecv(r, Tags.GATHER, recv.asSlice(offsets[r], lengths[r]));
            }
        }
        waitAll(rs);
    }

    /**
     * Gathers encoded objects at the root.
     *
     * @param ch channel @param mine this rank's encoding @param root the root
     * @return every rank's encoding at the root, null elsewhere
     */
    public static byte[][] gatherBytes(CollChannel ch, byte[] mine, int root) {
        if (ch.rank() != root) {
            ch.sendBytes(root, Tags.GATHER, mine);
            return null;
        }
        Request[] rs = new Request[ch.size()];
        for (int r = 0; r < ch.size(); r++) {
            if (r != root) {
                rs[r] = ch.irecvBytes(r, Tags.GATHER);
            }
        }
        waitAll(rs);
        byte[][] all = new byte[ch.size()][];
        for (int r = 0; r < ch.size(); r++) {
            all[r] = r == root ? mine : CollChannel.bytesOf(rs[r]);
        }
        return all;
    }

    /**
     * Scatters encoded objects from the root.
     *
     * @param ch channel @param all the encodings at the root (null elsewhere) @param root the root
     * @return this rank's encoding
     */
    public static byte[] scatterBytes(CollChannel ch, byte[][] all, int root) {
        if (ch.rank() != root) {
            return ch.recvBytes(root, Tags.SCATTER);
        }
        Request[] rs = new Request[ch.size()];
        for (int r = 0; r < ch.size(); r++) {
            if (r != root) {
                rs[r] = ch.isendBytes(r, Tags.SCATTER, all[r]);
            }
        }
        waitAll(rs);
        return all[root];
    }

    static void waitAll(Request[] rs) {
        for (Request r : rs) {
            if (r != null) {
                r.waitFor();
            }
        }
    }
}
