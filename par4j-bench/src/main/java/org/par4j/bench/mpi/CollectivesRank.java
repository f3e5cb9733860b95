package org.par4j.bench.mpi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.par4j.bench.Summary;
import org.par4j.mpi.Buffer;
import org.par4j.mpi.Comm;
import org.par4j.mpi.Op;

/**
 * The program each rank runs for {@link CollectivesBenchmark}: for each collective and size, a warm-up
 * (1 s by default), then 5 rounds of {@code iters} calls between barriers; each rank's median round (time per call) is collected and rank 0
 * writes {@code op bytes iterations avg min max} (microseconds; avg/min/max over ranks, as OSU's
 * osu_allreduce prints) to the file named by its first argument. Arguments: file, minBytes, maxBytes, ops, maxIterations,
 * warmUpMillis.
 */
public final class CollectivesRank {
    private static final int ROUNDS = 5;

    private CollectivesRank() {
    }

    /** @param args file minBytes maxBytes comma-separated-ops maxIterations warmUpMillis */
    public static void main(String[] args) {
        Comm w = Comm.world();
        long min = Long.parseLong(args[1]);
        long max = Long.parseLong(args[2]);
        List<String> ops = List.of(args[3].split(","));
        int maxIters = Integer.parseInt(args[4]);
        // Each collective and size is warmed up for a time, not a count of calls: with 10,100 calls a
        // 2-rank allreduce of 64 bytes read 2.2-3.5 us (the JIT still compiling its path, its threads
        // short of CPU beside two spinning ranks), 0.53-0.61 us after a second, 0.3 s was not enough.
        long warmUpNanos = Long.parseLong(args[5]) * 1_000_000L;
        StringBuilder out = new StringBuilder();
        int n = w.size();
        double[] big = new double[(int) (max / 8) * n];
        double[] big2 = new double[(int) (max / 8) * n];
        double[] x = new double[1];
        double[] y = new double[1];
        // small batches: with more ranks than cores a call can take milliseconds, and a batch always runs whole
        WarmUp.run(w, () -> {
            for (int i = 0; i < 50; i++) {
                w.allreduce(Buffer.of(x), Buffer.of(y), Op.SUM);
                w.barrier();
            }
        }, warmUpNanos); // the allreduce and barrier that time and gather the figures
        for (String op : ops) {
            for (long bytes = op.equals("barrier") ? 0 : min; bytes <= max; bytes = next(bytes, max)) {
                int count = (int) Math.max(1, bytes / 8);
                int iters = (int) Math.max(Math.min(10, maxIters), Math.min(maxIters, 80_000_000L / Math.max(64, bytes) / n));
                Runnable call = call(w, op, count, big, big2);
                WarmUp.run(w, () -> {
                    for (int i = 0; i < iters; i++) {
                        call.run();
                    }
                }, warmUpNanos);
                double us = medianOfRounds(w, call, iters);
                double[] stats = new double[3];
                double[] mm = {us, -us};
                double[] mmOut = new double[2];
                w.allreduce(Buffer.of(mm), Buffer.of(mmOut), Op.MIN);
                double[] sum = new double[1];
                w.allreduce(Buffer.of(new double[] {us}), Buffer.of(sum), Op.SUM);
                stats[0] = sum[0] / n;
                stats[1] = mmOut[0];
                stats[2] = -mmOut[1];
                out.append(op).append(' ').append(op.equals("barrier") ? 0 : (long) count * 8).append(' ').append(iters)
                        .append(' ').append(stats[0]).append(' ').append(stats[1]).append(' ').append(stats[2]).append('\n');
            }
        }
        if (w.rank() == 0) {
            try {
                Files.writeString(Path.of(args[0]), out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * Times {@link #ROUNDS} rounds of {@code iters} calls, each between barriers, and keeps the median:
     * on a shared 2-core machine one round in a few is slowed by another process, and a single timed
     * loop reported it as the collective's cost.
     *
     * @return this rank's median time per call, in microseconds
     */
    private static double medianOfRounds(Comm w, Runnable call, int iters) {
        double[] rounds = new double[ROUNDS];
        for (int r = 0; r < ROUNDS; r++) {
            w.barrier();
            long t0 = System.nanoTime();
            for (int i = 0; i < iters; i++) {
                call.run();
            }
            rounds[r] = (System.nanoTime() - t0) / 1e3 / iters;
        }
        return Summary.of(rounds).median();
    }

    /** Sizes grow 8x and always end with max itself (barrier: one round, size 0). */
    private static long next(long bytes, long max) {
        if (bytes == 0 || bytes == max) {
            return max + 1;
        }
        return Math.min(bytes * 8, max);
    }

    private static Runnable call(Comm w, String op, int count, double[] a, double[] b) {
        int n = w.size();
        Buffer one = Buffer.of(a).slice(0, count);
        Buffer oneOut = Buffer.of(b).slice(0, count);
        Buffer all = Buffer.of(a).slice(0, (long) count * n);
        Buffer allOut = Buffer.of(b).slice(0, (long) count * n);
        return switch (op) {
            case "barrier" -> w::barrier;
            case "bcast" -> () -> w.bcast(one, 0);
            case "reduce" -> () -> w.reduce(one, oneOut, Op.SUM, 0);
            case "allreduce" -> () -> w.allreduce(one, oneOut, Op.SUM);
            case "gather" -> () -> w.gather(one, allOut, 0);
            case "scatter" -> () -> w.scatter(all, oneOut, 0);
            case "allgather" -> () -> w.allgather(one, allOut);
            case "alltoall" -> () -> w.alltoall(all, allOut);
            default -> throw new IllegalArgumentException("unknown collective " + op);
        };
    }
}
