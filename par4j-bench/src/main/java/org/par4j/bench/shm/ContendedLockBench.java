package org.par4j.bench.shm;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.par4j.Barrier;
import org.par4j.JvmProcess;
import org.par4j.Lock;
import org.par4j.SharedLong;
import org.par4j.SharedLongArray;

/**
 * A par4j {@link Lock} contended by two processes: each of two worker JVMs acquires and releases it
 * {@code ops} times around a one-line critical section (a shared counter), both starting together
 * (barrier). Prints, for each repetition, the wall time of the slower process divided by the total
 * number of acquire+release pairs, the pairs per second, and the final counter (must be 2 x ops). A
 * first, unmeasured repetition warms the JIT. Then the same with two threads of one JVM.
 *
 * <pre>
 * java --enable-native-access=ALL-UNNAMED -cp "$(cat par4j-bench/target/classpath)" org.par4j.bench.shm.ContendedLockBench [ops] [repetitions]
 * </pre>
 */
public final class ContendedLockBench {
    private ContendedLockBench() {
    }

    /**
     * @param args ops per process (default 1,000,000), repetitions (default 5)
     * @throws Exception if a worker fails
     */
    public static void main(String[] args) throws Exception {
        int ops = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int reps = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        System.out.printf("# par4j Lock, contended by 2 processes, %,d acquire+release each; cores=%d, load=%.2f%n",
                ops, Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.printf("%-10s %5s %14s %16s %12s%n", "mode", "rep", "ns/pair", "pairs/s", "counter");
        report("processes", ops, reps, processRounds(ops, reps + 1));
        report("threads", ops, reps, threadRounds(ops, reps + 1));
    }

    private static void report(String mode, int ops, int reps, long[][] rounds) {
        for (int r = 1; r <= reps; r++) {
            long nanos = rounds[r][0];
            System.out.printf("%-10s %5d %14.1f %,16.0f %12d%n", mode, r, (double) nanos / (2.0 * ops),
                    2.0 * ops * 1e9 / nanos, rounds[r][1]);
        }
        double[] perPair = Arrays.stream(rounds, 1, reps + 1).mapToDouble(x -> x[0] / (2.0 * ops)).sorted().toArray();
        System.out.printf("%-10s %5s %14.1f  (median; min %.1f, max %.1f)%n", mode, "all", perPair[perPair.length / 2],
                perPair[0], perPair[perPair.length - 1]);
    }

    /** @return per round: {slowest worker's nanoseconds, final counter} */
    private static long[][] processRounds(int ops, int rounds) throws Exception {
        Lock lock = Lock.create();
        SharedLong counter = SharedLong.createRaw(0);
        Barrier start = Barrier.create(3);
        Barrier end = Barrier.create(3);
        SharedLongArray nanos = SharedLongArray.createRaw(2L * rounds);
        List<JvmProcess> workers = new ArrayList<>();
        for (int w = 0; w < 2; w++) {
            int me = w;
            workers.add(new JvmProcess("contender-" + w, () -> {
                for (int r = 0; r < rounds; r++) {
                    await(start);
                    long t0 = System.nanoTime();
                    hammer(lock, counter, ops);
                    nanos.set(2L * r + me, System.nanoTime() - t0);
                    await(end);
                }
            }).start());
        }
        long[][] result = new long[rounds][];
        for (int r = 0; r < rounds; r++) {
            counter.set(0);
            await(start);
            await(end);
            result[r] = new long[] {Math.max(nanos.get(2L * r), nanos.get(2L * r + 1)), counter.get()};
        }
        for (JvmProcess p : workers) {
            p.join();
        }
        return result;
    }

    private static long[][] threadRounds(int ops, int rounds) throws InterruptedException {
        Lock lock = Lock.create();
        SharedLong counter = SharedLong.createRaw(0);
        long[][] result = new long[rounds][];
        for (int r = 0; r < rounds; r++) {
            counter.set(0);
            long[] took = new long[2];
            Thread[] ts = new Thread[2];
            java.util.concurrent.CyclicBarrier go = new java.util.concurrent.CyclicBarrier(2);
            for (int w = 0; w < 2; w++) {
                int me = w;
                ts[w] = Thread.ofPlatform().start(() -> {
                    try {
                        go.await();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                    long t0 = System.nanoTime();
                    hammer(lock, counter, ops);
                    took[me] = System.nanoTime() - t0;
                });
            }
            for (Thread t : ts) {
                t.join();
            }
            result[r] = new long[] {Math.max(took[0], took[1]), counter.get()};
        }
        return result;
    }

    private static void hammer(Lock lock, SharedLong counter, int ops) {
        for (int i = 0; i < ops; i++) {
            lock.lock();
            try {
                counter.set(counter.get() + 1);
            } finally {
                lock.unlock();
            }
        }
    }

    private static void await(Barrier b) {
        try {
            b.await(Duration.ofMinutes(5));
        } catch (Exception e) {
            throw new IllegalStateException("a contender did not arrive", e);
        }
    }
}
