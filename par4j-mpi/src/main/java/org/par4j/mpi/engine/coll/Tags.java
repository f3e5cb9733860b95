package org.par4j.mpi.engine.coll;

/** One tag per collective on the hidden context: collectives run in the same order on every rank. */
final class Tags {
    static final int BARRIER = 1;
    static final int BCAST = 2;
    static final int REDUCE = 3;
    static final int ALLREDUCE = 4;
    static final int GATHER = 5;
    static final int SCATTER = 6;
    static final int ALLGATHER = 7;
    static final int ALLTOALL = 8;
    static final int SCAN = 9;

    private Tags() {
    }
}
