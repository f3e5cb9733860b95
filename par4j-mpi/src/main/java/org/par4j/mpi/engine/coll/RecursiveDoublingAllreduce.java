package org.par4j.mpi.engine.coll;

import org.par4j.mpi.engine.CollChannel;

/**
 * Recursive-doubling allreduce (MPICH's for short messages): partners at distance 1, 2, 4, ... exchange
 * and combine, log2 n rounds. For n not a power of two the first 2r ranks (r = n - 2^floor(log2 n))
 * fold pairwise into r ranks before and receive the result after. Keeps rank order for
 * non-commutative operations.
 */
public final class RecursiveDoublingAllreduce {
    private RecursiveDoublingAllreduce() {
    }

    /**
     * @param <V> value type
     * @param ch channel
     * @param p how values move and combine
     * @param mine this rank's value (not modified)
     * @return the combination of every rank's value
     */
    public static <V> V run(CollChannel ch, Payload<V> p, V mine) {
        int n = ch.size();
        int me = ch.rank();
        int pof2 = Integer.highestOneBit(n);
        int rem = n - pof2;
        V v = p.copy(mine);
        int newRank;
        if (me < 2 * rem) {
            if (me % 2 == 0) {
                p.send(ch, me + 1, Tags.ALLREDUCE, v);
                newRank = -1;
            } else {
                v = p.combine(p.recv(ch, me - 1, Tags.ALLREDUCE), v);
                newRank = me / 2;
            }
        } else {
            newRank = me - rem;
        }
        if (newRank >= 0) {
            for (int mask = 1; mask < pof2; mask <<= 1) {
                int newDst = newRank ^ mask;
                int dst = newDst < rem ? newDst * 2 + 1 : newDst + rem;
                V t = p.exchange(ch, dst, Tags.ALLREDUCE, v);
                v = dst < me ? p.combine(t, v) : p.combine(v, t);
            }
        }
        if (me < 2 * rem) {
            if (me % 2 == 1) {
                p.send(ch, me - 1, Tags.ALLREDUCE, v);
            } else {
                v = p.recv(ch, me + 1, Tags.ALLREDUCE);
            }
        }
        return v;
    }
}
