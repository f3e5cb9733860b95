package org.par4j.mpi.engine.coll;

import java.lang.foreign.MemorySegment;
import org.par4j.mpi.engine.CollChannel;

/**
 * Binomial-tree broadcast: the root sends to ranks at distance n/2, n/4, ... (relative to the root), and
 * every rank forwards to its own subtree once it has the data: ceil(log2 n) rounds.
 */
public final class BinomialBcast {
    private BinomialBcast() {
    }

    /** @param ch channel @param buf the data at the root, where it goes elsewhere @param root the root */
    public static void run(CollChannel ch, MemorySegment buf, int root) {
        int n = ch.size();
        int vr = (ch.rank() - root + n) % n;
        int mask = 1;
        while (mask < n) {
            if ((vr & mask) != 0) {
                ch.recv((vr - mask + root) % n, Tags.BCAST, buf);
                break;
            }
            mask <<= 1;
        }
        for (mask >>= 1; mask > 0; mask >>= 1) {
            if (vr + mask < n) {
                ch.send((vr + mask + root) % n, Tags.BCAST, buf);
            }
        }
    }

    /**
     * Broadcasts an encoded object, forwarding the bytes without decoding them.
     *
     * @param ch channel @param bytes the encoding at the root, ignored elsewhere @param root the root
     * @return the root's encoding
     */
    public static byte[] runBytes(CollChannel ch, byte[] bytes, int root) {
        int n = ch.size();
        int vr = (ch.rank() - root + n) % n;
        int mask = 1;
        while (mask < n) {
            if ((vr & mask) != 0) {
                bytes = ch.recvBytes((vr - mask + root) % n, Tags.BCAST);
                break;
            }
            mask <<= 1;
        }
        for (mask >>= 1; mask > 0; mask >>= 1) {
            if (vr + mask < n) {
                ch.sendBytes((vr + mask + root) % n, Tags.BCAST, bytes);
            }
        }
        return bytes;
    }
}
