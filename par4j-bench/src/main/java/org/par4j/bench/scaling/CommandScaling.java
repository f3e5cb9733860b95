package org.par4j.bench.scaling;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs any program at several worker counts and times it: {@code par4j bench scaling -- COMMAND}.
 * In the command, {@code {n}} becomes the worker count and {@code {size}} the problem size (the base
 * size, times n for weak scaling); the environment variable {@code PAR4J_WORKERS} is set to n too.
 * Each time is the whole command's wall time, JVM start-up included.
 */
public final class CommandScaling {
    private static final int LAST_LINES = 20;

    private CommandScaling() {
    }

    /**
     * @param command the program and its arguments, with {@code {n}} and {@code {size}} placeholders
     * @param workers the worker counts to run, increasing
     * @param repeat runs per count (the median is reported)
     * @param mode strong or weak scaling
     * @param size the base problem size substituted for {@code {size}}
     * @param timeout the longest one run may take
     * @return the scaling report
     */
    public static ScalingReport run(List<String> command, List<Integer> workers, int repeat, ScalingMode mode,
            long size, Duration timeout) {
        if (command.isEmpty()) {
            throw new IllegalArgumentException("no command to scale: give it after --");
        }
        if (repeat < 1) {
            throw new IllegalArgumentException("--repeat must be >= 1, got " + repeat);
        }
        List<ScalingPoint> points = new ArrayList<>();
        for (int n : workers) {
            long problem = mode == ScalingMode.WEAK ? size * n : size;
            List<String> argv = command.stream()
                    .map(a -> a.replace("{n}", Integer.toString(n)).replace("{size}", Long.toString(problem))).toList();
            double[] seconds = new double[repeat];
            for (int r = 0; r < repeat; r++) {
                seconds[r] = timeOnce(argv, n, timeout);
            }
            points.add(new ScalingPoint(n, seconds));
        }
        return new ScalingReport(String.join(" ", command), "whole command, JVM start-up included", mode, points);
    }

    private static double timeOnce(List<String> argv, int workers, Duration timeout) {
        ProcessBuilder pb = new ProcessBuilder(argv).redirectErrorStream(true);
        pb.environment().put("PAR4J_WORKERS", Integer.toString(workers));
        Deque<String> last = new ArrayDeque<>();
        long t0 = System.nanoTime();
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot start " + argv.getFirst() + ": " + e.getMessage(), e);
        }
        Thread drain = Thread.ofVirtual().start(() -> keepLastLines(p, last));
        try {
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                throw new IllegalStateException("command " + argv + " ran longer than " + timeout + "; killed it");
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            drain.join(Duration.ofSeconds(5));
            if (p.exitValue() != 0) {
                synchronized (last) {
                    throw new IllegalStateException("command " + argv + " exited with " + p.exitValue()
                            + "; its last output:\n  " + String.join("\n  ", last));
                }
            }
            return seconds;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            throw new IllegalStateException("interrupted while timing " + argv, e);
        }
    }

    private static void keepLastLines(Process p, Deque<String> last) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null;) {
                synchronized (last) {
                    if (last.size() == LAST_LINES) {
                        last.removeFirst();
                    }
                    last.addLast(line);
                }
            }
        } catch (IOException e) {
            // the process went away; what was read is what there is
        }
    }
}
