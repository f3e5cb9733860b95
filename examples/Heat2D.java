import org.par4j.mpi.Buffer;
import org.par4j.mpi.CartComm;
import org.par4j.mpi.Comm;
import org.par4j.mpi.Mpi;
import org.par4j.mpi.Op;

/**
 * Heat on a square plate by Jacobi iteration: the top edge held at 100, the others at 0. The grid is
 * split over a 2-d Cartesian communicator; each step exchanges one halo row or column with each of the
 * four neighbours (PROC_NULL at the plate's edges), then updates the interior. Prints the mean
 * temperature and the last change, identical for any number of ranks.
 * Run: {@code bin/par4j run -n 4 examples/Heat2D.java [size] [steps]}.
 */
public class Heat2D {
    public static void main(String[] args) {
        Comm world = Comm.world();
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 120;
        int steps = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        CartComm grid = world.createCart(Mpi.dimsCreate(world.size(), 2), new boolean[] {false, false});
        int[] dims = grid.dims();
        int[] at = grid.coords();
        int rows = share(size, dims[0], at[0]);
        int cols = share(size, dims[1], at[1]);
        int w = cols + 2;
        double[] t = new double[(rows + 2) * w];
        double[] next = new double[(rows + 2) * w];
        CartComm.Shift vertical = grid.shift(0, 1);
        CartComm.Shift horizontal = grid.shift(1, 1);
        if (vertical.source() == Comm.PROC_NULL) {
            for (int j = 0; j < w; j++) {
                t[j] = 100;
                next[j] = 100;
            }
        }
        double[] sendCol = new double[rows];
        double[] recvCol = new double[rows];
        double change = 0;
        for (int step = 0; step < steps; step++) {
            grid.sendrecv(t, rows * w, w, vertical.dest(), 0, t, 0, w, vertical.source(), 0);
            grid.sendrecv(t, w, w, vertical.source(), 1, t, (rows + 1) * w, w, vertical.dest(), 1);
            exchangeColumn(grid, t, w, rows, cols, horizontal.dest(), horizontal.source(), sendCol, recvCol, 0);
            exchangeColumn(grid, t, w, rows, 1, horizontal.source(), horizontal.dest(), sendCol, recvCol, cols + 1);
            double local = 0;
            for (int i = 1; i <= rows; i++) {
                for (int j = 1; j <= cols; j++) {
                    int k = i * w + j;
                    next[k] = 0.25 * (t[k - 1] + t[k + 1] + t[k - w] + t[k + w]);
                    local = Math.max(local, Math.abs(next[k] - t[k]));
                }
            }
            double[] swap = t;
            t = next;
            next = swap;
            change = local;
        }
        double sum = 0;
        for (int i = 1; i <= rows; i++) {
            for (int j = 1; j <= cols; j++) {
                sum += t[i * w + j];
            }
        }
        double[] totals = new double[2];
        grid.reduce(Buffer.of(new double[] {sum, change}), Buffer.of(totals), Op.SUM, 0);
        double[] maxChange = new double[1];
        grid.allreduce(Buffer.of(new double[] {change}), Buffer.of(maxChange), Op.MAX);
        if (grid.rank() == 0) {
            System.out.printf("%dx%d plate, %d steps on a %dx%d grid of ranks: mean temperature %.6f, last change %.3e%n",
                    size, size, steps, dims[0], dims[1], totals[0] / ((double) size * size), maxChange[0]);
        }
    }

    /** Sends interior column {@code sendAt} to {@code dest}, receives into halo column {@code recvAt} from {@code source}. */
    private static void exchangeColumn(CartComm grid, double[] t, int w, int rows, int sendAt, int dest, int source,
                                       double[] sendCol, double[] recvCol, int recvAt) {
        for (int i = 0; i < rows; i++) {
            sendCol[i] = t[(i + 1) * w + sendAt];
        }
        grid.sendrecv(sendCol, 0, rows, dest, 2, recvCol, 0, rows, source, 2);
        if (source != Comm.PROC_NULL) {
            for (int i = 0; i < rows; i++) {
                t[(i + 1) * w + recvAt] = recvCol[i];
            }
        }
    }

    private static int share(int n, int parts, int i) {
        return n / parts + (i < n % parts ? 1 : 0);
    }
}
