import org.par4j.mpi.Buffer;
import org.par4j.mpi.Comm;
import org.par4j.mpi.Op;

/**
 * Pi by numerical integration of 4 / (1 + x^2) over [0, 1] with the midpoint rule (the course's second
 * exercise): rank r takes intervals r, r + size, r + 2 size, ...; an allreduce adds the parts.
 * Run: {@code bin/par4j run -n 2 examples/PiIntegral.java [intervals]}.
 */
public class PiIntegral {
    public static void main(String[] args) {
        Comm comm = Comm.world();
        long n = args.length > 0 ? Long.parseLong(args[0]) : 100_000_000L;
        double h = 1.0 / n;
        double part = 0;
        for (long i = comm.rank(); i < n; i += comm.size()) {
            double x = h * (i + 0.5);
            part += 4.0 / (1.0 + x * x);
        }
        double[] sum = new double[1];
        comm.allreduce(Buffer.of(new double[] {part * h}), Buffer.of(sum), Op.SUM);
        if (comm.rank() == 0) {
            System.out.printf("pi ~ %.12f (error %.2e) with %d intervals on %d ranks%n", sum[0], Math.abs(sum[0] - Math.PI), n, comm.size());
        }
    }
}
