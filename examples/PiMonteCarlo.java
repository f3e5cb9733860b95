import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.par4j.Pool;

/**
 * The course's Monte Carlo pi, serial and then on a pool of worker JVMs. Darts fall in the unit
 * square; the fraction inside the quarter circle is pi/4. The darts are split into one chunk per worker
 * (load balancing), each chunk with its own random stream (distinct seeds).
 *
 * <pre>
 * bin/par4j run examples/PiMonteCarlo.java            # 10^8 darts, 4 workers
 * bin/par4j run examples/PiMonteCarlo.java 1000000 2  # 10^6 darts, 2 workers
 * </pre>
 *
 * The parallel time is given twice: with the pool's start and stop (what a script pays), and again on
 * the running pool.
 */
public class PiMonteCarlo {
    static long hits(long darts, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        long inside = 0;
        for (long i = 0; i < darts; i++) {
            double x = random.nextDouble();
            double y = random.nextDouble();
            if (x * x + y * y <= 1.0) {
                inside++;
            }
        }
        return inside;
    }

    static long share(long darts, int workers, int i) {
        return darts / workers + (i < darts % workers ? 1 : 0);
    }

    static double parallelPi(Pool pool, long darts, int workers) {
        List<Long> counts = pool.map(i -> hits(share(darts, workers, i), 1000 + i),
                IntStream.range(0, workers).boxed().toList());
        return 4.0 * counts.stream().mapToLong(Long::longValue).sum() / darts;
    }

    public static void main(String[] args) {
        long darts = args.length > 0 ? Long.parseLong(args[0]) : 100_000_000L;
        int workers = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        List<Long> points = new ArrayList<>();
        for (int i = 0; i < workers; i++) {
            points.add(share(darts, workers, i));
        }
        System.out.println("darts=" + darts + " workers=" + workers);
        System.out.println("Points: " + points);

        long t0 = System.nanoTime();
        double serialPi = 4.0 * hits(darts, 12345) / darts;
        double serial = seconds(t0);
        System.out.printf("Serial: pi = %.6f in %.3f s%n", serialPi, serial);

        t0 = System.nanoTime();
        double pi;
        double warm;
        try (Pool pool = Pool.processes(workers)) {
            pi = parallelPi(pool, darts, workers);
            double cold = seconds(t0);
            System.out.printf("Parallel: pi = %.6f in %.3f s on %d worker JVMs, pool start and stop included"
                    + " (speedup %.2f)%n", pi, cold, workers, serial / cold);
            long t1 = System.nanoTime();
            pi = parallelPi(pool, darts, workers);
            warm = seconds(t1);
        }
        System.out.printf("Parallel: pi = %.6f in %.3f s on the running pool (speedup %.2f)%n",
                pi, warm, serial / warm);
    }

    static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
