package org.par4j.mpi.engine;

import org.par4j.mpi.CartComm;

/** A communicator with a Cartesian grid; the grid arithmetic is {@link CartComm}'s. */
final class EngineCartComm extends EngineComm implements CartComm {
    private final int[] dims;
    private final boolean[] periods;

    EngineCartComm(Engine engine, int id, int[] worldRanks, int[] dims, boolean[] periods) {
        super(engine, id, worldRanks);
        this.dims = dims.clone();
        this.periods = periods.clone();
    }

    @Override
    public int[] dims() {
        return dims.clone();
    }

    @Override
    public boolean[] periods() {
        return periods.clone();
    }
}
