package org.par4j.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs a measured action: warm-up runs first (not kept), then timed repetitions, each giving wall-clock
 * time and the CPU time ({@link CpuTime}) it used in this JVM and its reaped children.
 *
 * <pre>{@code
 * List<Repeater.Sample> samples = Repeater.run(2, 10, () -> Pool.processes(1).close());
 * Summary realMs = Repeater.realMillis(samples);
 * }</pre>
 */
public final class Repeater {

    /** What is timed; may throw. */
    @FunctionalInterface
    public interface Action {
        /**
         * Runs once.
         *
         * @throws Exception anything, which ends the measurement
         */
        void run() throws Exception;
    }

    /**
     * One repetition.
     *
     * @param realNanos wall-clock time
     * @param userNanos user CPU time of this JVM and its reaped children
     * @param sysNanos system CPU time of this JVM and its reaped children
     */
    public record Sample(long realNanos, long userNanos, long sysNanos) {
    }

    private Repeater() {
    }

    /**
     * @param warmups runs before measuring, not kept
     * @param repetitions measured runs, at least 1
     * @param action what is timed
     * @return one sample per measured run
     * @throws Exception what the action threw
     */
    public static List<Sample> run(int warmups, int repetitions, Action action) throws Exception {
        if (warmups < 0 || repetitions < 1) {
            throw new IllegalArgumentException(
                    "need warm-ups >= 0 and repetitions >= 1, got " + warmups + " and " + repetitions);
        }
        for (int i = 0; i < warmups; i++) {
            action.run();
        }
        List<Sample> samples = new ArrayList<>(repetitions);
        for (int i = 0; i < repetitions; i++) {
            CpuTime cpu0 = CpuTime.now();
            long t0 = System.nanoTime();
            action.run();
            long real = System.nanoTime() - t0;
            CpuTime cpu = CpuTime.now().minus(cpu0);
            samples.add(new Sample(real, cpu.userNanos(), cpu.sysNanos()));
        }
        return samples;
    }

    /**
     * @param samples repetitions
     * @return their wall-clock times in milliseconds
     */
    public static Summary realMillis(List<Sample> samples) {
        return Summary.of(samples.stream().mapToDouble(s -> s.realNanos() / 1e6).toArray());
    }

    /**
     * @param samples repetitions
     * @return their user CPU times in milliseconds
     */
    public static Summary userMillis(List<Sample> samples) {
        return Summary.of(samples.stream().mapToDouble(s -> s.userNanos() / 1e6).toArray());
    }

    /**
     * @param samples repetitions
     * @return their system CPU times in milliseconds
     */
    public static Summary sysMillis(List<Sample> samples) {
        return Summary.of(samples.stream().mapToDouble(s -> s.sysNanos() / 1e6).toArray());
    }
}
