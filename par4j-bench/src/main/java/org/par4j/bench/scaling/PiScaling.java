package org.par4j.bench.scaling;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.par4j.Pool;

/**
 * The built-in scaling kernel: Monte Carlo pi, the course's example. Darts are split into one chunk
 * per worker, each with its own random stream. Times the computation alone: the pool is started and
 * warmed up (JIT-compiled) before the clock starts, so the figures show how the work scales, not how
 * fast JVMs start ({@code par4j bench overhead} measures that).
 */
public final class PiScaling {
    private PiScaling() {
    }

    /**
     * @param darts how many darts to throw
     * @param seed the random stream's seed
     * @return how many fell inside the quarter circle
     */
    public static long hits(long darts, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        long inside = 0;
        for (long i = 0; i < darts; i++) {
            double x = rnd.nextDouble();
            double y = rnd.nextDouble();
            if (x * x + y * y <= 1) {
                inside++;
            }
        }
        return inside;
    }

    /**
     * @param pool where to throw
     * @param darts total darts
     * @return the estimate of pi
     */
    public static double estimate(Pool pool, long darts) {
        int chunks = pool.workers();
        List<long[]> work = LongStream.range(0, chunks)
                .mapToObj(i -> new long[] {darts / chunks + (i < darts % chunks ? 1 : 0), 1000 + i}).toList();
        long inside = pool.map((long[] w) -> hits(w[0], w[1]), work, 1).stream().mapToLong(Long::longValue).sum();
        return 4.0 * inside / darts;
    }

    /**
     * @param workers worker counts to run
     * @param repeat timed runs per count
     * @param darts darts at one worker (times n for weak scaling)
     * @param mode strong or weak
     * @param processes true for worker JVMs, false for threads
     * @return the report
     */
    public static ScalingReport run(List<Integer> workers, int repeat, long darts, ScalingMode mode, boolean processes) {
        List<ScalingPoint> points = new ArrayList<>();
        for (int n : workers) {
            long total = mode == ScalingMode.WEAK ? darts * n : darts;
            try (Pool pool = processes ? Pool.processes(n) : Pool.threads(n)) {
                estimate(pool, Math.min(total, 20_000_000L));   // warm-up: JIT in every worker
                double[] seconds = new double[repeat];
                for (int r = 0; r < repeat; r++) {
                    long t0 = System.nanoTime();
                    estimate(pool, total);
                    seconds[r] = (System.nanoTime() - t0) / 1e9;
                }
                points.add(new ScalingPoint(n, seconds));
            }
        }
        String what = String.format("Monte Carlo pi, %,d darts%s, %s", darts, mode == ScalingMode.WEAK ? " per worker" : "",
                processes ? "process pool" : "thread pool");
        return new ScalingReport(what, "computation only, pool started and warmed up", mode, points);
    }
}
