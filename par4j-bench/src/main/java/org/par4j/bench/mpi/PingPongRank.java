package org.par4j.bench.mpi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.par4j.mpi.Comm;

/**
 * The program each of the two ranks runs for {@link PingPongBenchmark}: OSU latency (rank 0 sends,
 * rank 1 echoes, half the round trip), repeated in rounds; rank 0 writes one line per size,
 * {@code bytes iterations min median max} (microseconds, one way), to the file named by its first
 * argument. Arguments: file, minBytes, maxBytes, objects (true/false), rounds, maxIterations.
 */
public final class PingPongRank {
    private static final int WARM_UP_BATCH = 20_000;

    private PingPongRank() {
    }

    /** @param args file minBytes (-1: the small map alone) maxBytes objects rounds maxIterations */
    public static void main(String[] args) {
        Comm w = Comm.world();
        if (w.size() != 2) {
            throw new IllegalArgumentException("ping-pong needs exactly 2 ranks, got " + w.size());
        }
        long min = Long.parseLong(args[1]);
        long max = Long.parseLong(args[2]);
        boolean objects = Boolean.parseBoolean(args[3]);
        int rounds = Integer.parseInt(args[4]);
        int maxIters = Integer.parseInt(args[5]);
        StringBuilder out = new StringBuilder();
        if (min < 0) {
            // The course's small dict, in JVMs of its own (as the peer times it in a program of its own):
            // timed after the large messages, it read whatever their garbage and deoptimised code left.
            Map<String, Object> map = smallMap();
            WarmUp.run(w, () -> run(w, WARM_UP_BATCH, null, 0, true, map));
            out.append(line(-1, w, rounds, maxIters, null, true));
        } else {
            byte[] buf = new byte[(int) max];
            int small = (int) Math.min(8, max);
            WarmUp.run(w, () -> run(w, WARM_UP_BATCH, buf, small, objects, objects ? new byte[small] : null));
            for (long s = min; s <= max; s = s == 0 ? 1 : s * 2) {
                int iters = (int) Math.max(Math.min(20, maxIters), Math.min(maxIters, 400_000_000L / Math.max(1, s) / 4));
                out.append(line(s, w, rounds, iters, buf, objects));
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

    private static String line(long size, Comm w, int rounds, int iters, byte[] buf, boolean objects) {
        int n = (int) Math.max(size, 0);
        Object payload = size < 0 ? smallMap() : objects ? Arrays.copyOf(buf, n) : null;
        double[] t = new double[rounds];
        run(w, Math.max(10, iters / 2), buf, n, objects, payload);
        for (int r = 0; r < rounds; r++) {
            w.barrier();
            long t0 = System.nanoTime();
            run(w, iters, buf, n, objects, payload);
            t[r] = (System.nanoTime() - t0) / 1e3 / iters / 2;
        }
        Arrays.sort(t);
        return size + " " + iters + " " + t[0] + " " + t[rounds / 2] + " " + t[rounds - 1] + "\n";
    }

    private static Map<String, Object> smallMap() {
        Map<String, Object> m = new HashMap<>();
        m.put("a", 7);
        m.put("b", 3.14);
        return m;
    }

    private static void run(Comm w, int iters, byte[] buf, int n, boolean objects, Object payload) {
        boolean first = w.rank() == 0;
        for (int i = 0; i < iters; i++) {
            if (objects) {
                if (first) {
                    w.send(payload, 1, 1);
                    payload = w.recv(1, 1);
                } else {
                    payload = w.recv(0, 1);
                    w.send(payload, 0, 1);
                }
            } else if (first) {
                w.send(buf, 0, n, 1, 1);
                w.recv(buf, 0, n, 1, 1);
            } else {
                w.recv(buf, 0, n, 0, 1);
                w.send(buf, 0, n, 0, 1);
            }
        }
    }
}
