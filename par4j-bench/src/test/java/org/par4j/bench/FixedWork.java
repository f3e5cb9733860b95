package org.par4j.bench;

/**
 * A fixed amount of CPU work for tests of CPU-time accounting. Spinning for a wall-clock time would
 * not do: on a loaded machine the spinning thread gets only part of a CPU, while fixed work costs the
 * same CPU time however long it waits for one.
 */
final class FixedWork {
    private FixedWork() {
    }

    /**
     * @param steps iterations; 10^8 take about 0.1 s of CPU on our machines
     * @return a value that depends on every step, so the JIT cannot drop the loop
     */
    static long run(long steps) {
        long x = 1;
        for (long i = 0; i < steps; i++) {
            x = x * 6364136223846793005L + 1442695040888963407L;
        }
        return x;
    }
}
