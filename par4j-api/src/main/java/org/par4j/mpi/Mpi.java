package org.par4j.mpi;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

/**
 * Process-wide MPI functions: start-up, the host name, the clock.
 *
 * <pre>{@code
 * Comm world = Mpi.init(args);
 * double t0 = Mpi.wtime();
 * System.out.printf("Hello, World! I am process %d of %d on %s%n", world.rank(), world.size(), Mpi.processorName());
 * }</pre>
 */
public final class Mpi {
    private static final long T0 = System.nanoTime();

    private Mpi() {
    }

    /**
     * Sets up the job (MPI_Init) and returns the world communicator; calling it is optional,
     * {@link Comm#world()} does the same.
     *
     * @param args the program's arguments (unused; for symmetry with MPI_Init)
     * @return {@link Comm#world()}
     */
    public static Comm init(String[] args) {
        return Comm.world();
    }

    /** @return the name of this host (MPI_Get_processor_name) */
    public static String processorName() {
        String env = System.getenv("HOSTNAME");
        if (env != null && !env.isBlank()) {
            return env;
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }

    /** @return seconds since an arbitrary point of this process, nanosecond resolution (MPI_Wtime) */
    public static double wtime() {
        return (System.nanoTime() - T0) * 1e-9;
    }

    /** @return the resolution of {@link #wtime()} in seconds (MPI_Wtick) */
    public static double wtick() {
        return 1e-9;
    }

    /**
     * A balanced grid for {@code nodes} ranks in {@code ndims} dimensions (MPI_Dims_create): extents as
     * equal as possible, in non-increasing order.
     *
     * @param nodes number of ranks
     * @param ndims number of dimensions
     * @return the extents, whose product is {@code nodes}
     */
    public static int[] dimsCreate(int nodes, int ndims) {
        if (nodes < 1 || ndims < 1) {
            throw new IllegalArgumentException("dimsCreate needs nodes >= 1 and ndims >= 1, got " + nodes + ", " + ndims);
        }
        int[] dims = new int[ndims];
        Arrays.fill(dims, 1);
        int n = nodes;
        for (int f = 2; n > 1; ) {
            if (n % f == 0) {
                int smallest = 0;
                for (int d = 1; d < ndims; d++) {
                    if (dims[d] < dims[smallest]) {
                        smallest = d;
                    }
                }
                dims[smallest] *= f;
                n /= f;
            } else {
                f++;
            }
        }
        Arrays.sort(dims);
        for (int i = 0; i < ndims / 2; i++) {
            int t = dims[i];
            dims[i] = dims[ndims - 1 - i];
            dims[ndims - 1 - i] = t;
        }
        return dims;
    }
}
