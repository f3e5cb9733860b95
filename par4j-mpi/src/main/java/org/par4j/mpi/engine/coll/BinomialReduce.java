package org.par4j.mpi.engine.coll;

import org.par4j.mpi.engine.CollChannel;

/**
 * Binomial-tree reduction: in round k ranks with bit k set send their partial result to the rank with
 * that bit cleared, which combines (its own, lower-ranked partial first). A non-commutative operation
 * with a root other than 0 reduces to rank 0 first and sends the result to the root, keeping rank order.
 */
public final class BinomialReduce {
    private BinomialReduce() {
    }

    /**
     * @param <V> value type
     * @param ch channel
     * @param p how values move and combine
     * @param mine this rank's value (not modified)
     * @param root the root
     * @param commutative whether the operation commutes
     * @return the result at the root, null elsewhere
     */
    public static <V> V run(CollChannel ch, Payload<V> p, V mine, int root, boolean commutative) {
        int n = ch.size();
        int treeRoot = commutative ? root : 0;
        int vr = (ch.rank() - treeRoot + n) % n;
        V acc = p.copy(mine);
        for (int mask = 1; mask < n; mask <<= 1) {
            if ((vr & mask) == 0) {
                int src = vr | mask;
                if (src < n) {
                    acc = p.combine(acc, p.recv(ch, (src + treeRoot) % n, Tags.REDUCE));
                }
            } else {
                p.send(ch, ((vr & ~mask) + treeRoot) % n, Tags.REDUCE, acc);
                acc = null;
                break;
            }
        }
        if (treeRoot != root) {
            if (ch.rank() == treeRoot) {
                p.send(ch, root, Tags.REDUCE, acc);
                acc = null;
            } else if (ch.rank() == root) {
                acc = p.recv(ch, treeRoot, Tags.REDUCE);
            }
        }
        return ch.rank() == root ? acc : null;
    }
}
