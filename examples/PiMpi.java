import java.util.SplittableRandom;
import org.par4j.mpi.Comm;
import org.par4j.mpi.Mpi;
import org.par4j.mpi.Op;

/**
 * Monte Carlo pi: every rank throws darts at the unit square, rank 0 sums the hits with reduce.
 * Run: {@code bin/par4j run -n 2 examples/PiMpi.java [darts]}.
 */
public class PiMpi {
    public static void main(String[] args) {
        Comm comm = Comm.world();
        long darts = args.length > 0 ? Long.parseLong(args[0]) : 10_000_000L;
        long mine = darts / comm.size() + (comm.rank() < darts % comm.size() ? 1 : 0);
        double t0 = Mpi.wtime();
        SplittableRandom rnd = new SplittableRandom(42 + comm.rank());
        long hits = 0;
        for (long i = 0; i < mine; i++) {
            double x = rnd.nextDouble();
            double y = rnd.nextDouble();
            if (x * x + y * y <= 1) {
                hits++;
            }
        }
        Long total = comm.reduce(hits, Op.SUM, 0);
        if (comm.rank() == 0) {
            double pi = 4.0 * total / darts;
            System.out.printf("pi ~ %.6f (error %.2e) from %d darts on %d ranks in %.3f s%n",
                    pi, Math.abs(pi - Math.PI), darts, comm.size(), Mpi.wtime() - t0);
        }
    }
}
