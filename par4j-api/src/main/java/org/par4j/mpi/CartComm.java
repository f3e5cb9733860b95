package org.par4j.mpi;

import java.util.Arrays;

/**
 * A communicator with a Cartesian topology (MPI_Cart_create), for stencil codes: ranks laid out on a
 * grid, row-major, each dimension periodic or not.
 *
 * <pre>{@code
 * CartComm grid = world.createCart(Mpi.dimsCreate(world.size(), 2), new boolean[] {false, false});
 * CartComm.Shift ns = grid.shift(0, 1);          // neighbours up and down, PROC_NULL at the edges
 * grid.sendrecv(Buffer.of(bottomRow), ns.dest(), 0, Buffer.of(topHalo), ns.source(), 0);
 * }</pre>
 */
public interface CartComm extends Comm {

    /** @return the extent of each dimension (a copy) */
    int[] dims();

    /** @return whether each dimension wraps around (a copy) */
    boolean[] periods();

    /**
     * @param rank a rank of this communicator
     * @return its grid coordinates (MPI_Cart_coords)
     */
    default int[] coords(int rank) {
        if (rank < 0 || rank >= size()) {
            throw new IllegalArgumentException("rank " + rank + " is not in a grid of " + size());
        }
        int[] dims = dims();
        int[] c = new int[dims.length];
        for (int d = dims.length - 1; d >= 0; d--) {
            c[d] = rank % dims[d];
            rank /= dims[d];
        }
        return c;
    }

    /** @return this process's grid coordinates */
    default int[] coords() {
        return coords(rank());
    }

    /**
     * @param coords grid coordinates; periodic dimensions wrap
     * @return the rank there (MPI_Cart_rank), or {@link Comm#PROC_NULL} off a non-periodic edge
     */
    default int rankOf(int... coords) {
        int[] dims = dims();
        boolean[] periods = periods();
        if (coords.length != dims.length) {
            throw new IllegalArgumentException("need " + dims.length + " coordinates, got " + Arrays.toString(coords));
        }
        int rank = 0;
        for (int d = 0; d < dims.length; d++) {
            int c = coords[d];
            if (periods[d]) {
                c = Math.floorMod(c, dims[d]);
            } else if (c < 0 || c >= dims[d]) {
                return PROC_NULL;
            }
            rank = rank * dims[d] + c;
        }
        return rank;
    }

    /**
     * The neighbours along one dimension (MPI_Cart_shift).
     *
     * @param direction the dimension
     * @param displacement steps (positive: towards higher coordinates)
     * @return where to receive from and where to send to; {@link Comm#PROC_NULL} past a non-periodic edge
     */
    default Shift shift(int direction, int displacement) {
        int[] dims = dims();
        if (direction < 0 || direction >= dims.length) {
            throw new IllegalArgumentException("direction " + direction + " outside a " + dims.length + "-d grid");
        }
        int[] c = coords();
        int[] up = c.clone();
        int[] down = c.clone();
        up[direction] += displacement;
        down[direction] -= displacement;
        return new Shift(rankOf(down), rankOf(up));
    }

    /**
     * The result of {@link #shift}.
     *
     * @param source the rank to receive from
     * @param dest the rank to send to
     */
    record Shift(int source, int dest) {
    }
}
