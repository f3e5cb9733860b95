package org.par4j.mpi.engine.coll;

import org.par4j.mpi.engine.CollChannel;

/**
 * Recursive-doubling prefix reduction (MPICH's scan): partners at distance 1, 2, 4, ... exchange their
 * partial sums; the higher partner folds the lower one's into its prefix. log2 n rounds, any n, rank
 * order kept.
 */
public final class RecursiveDoublingScan {
    private RecursiveDoublingScan() {
    }

    /**
     * @param <V> value type
     * @param ch channel
     * @param p how values move and combine
     * @param mine this rank's value (not modified)
     * @param inclusive true for scan, false for exscan
     * @return the prefix (for exscan: null at rank 0)
     */
    public static <V> V run(CollChannel ch, Payload<V> p, V mine, boolean inclusive) {
        int n = ch.size();
        int me = ch.rank();
        V partial = p.copy(mine);
        V result = inclusive ? p.copy(mine) : null;
        for (int mask = 1; mask < n; mask <<= 1) {
            int dst = me ^ mask;
            if (dst < n) {
                V t = p.exchange(ch, dst, Tags.SCAN, partial);
                if (me > dst) {
                    result = result == null ? p.copy(t) : p.combine(p.copy(t), result);
                    partial = p.combine(t, partial);
                } else {
                    partial = p.combine(partial, t);
                }
            }
        }
        return result;
    }
}
