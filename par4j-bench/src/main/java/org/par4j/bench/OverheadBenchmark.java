package org.par4j.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.par4j.JvmProcess;
import org.par4j.Pool;

/**
 * {@code par4j bench overhead}: the course's experiment "what does it cost to launch additional
 * processes?". One task (a no-op, or {@code workMillis} of CPU work) is run five ways, next to a
 * floor, each repetition timed from before the first call to after the last, as {@code time python
 * overhead.py} would:
 * <ol>
 *   <li>no parallelism: the task called in this JVM;</li>
 *   <li>one {@link JvmProcess} started and joined;</li>
 *   <li>{@code Pool.processes(1)} created, {@code map(task, [1])}, closed;</li>
 *   <li>{@code Pool.processes(n)} likewise;</li>
 *   <li>{@code Pool.threads(n)} likewise;</li>
 *   <li>the floor under case 4: n bare JVMs, no par4j in them ({@link BareJvms}), started together and
 *       joined.</li>
 * </ol>
 * Each is reported as real, user and sys time (medians over the repetitions; user and sys include the
 * worker JVMs, counted once they have exited).
 *
 * <pre>{@code
 * BenchReport r = OverheadBenchmark.run(new OverheadBenchmark.Settings(2, 2, 10, 0));
 * r.print(new PrintWriter(System.out));
 * }</pre>
 */
public final class OverheadBenchmark {
    /** The name in reports and JSON. */
    public static final String BENCH = "overhead";

    /**
     * What to run.
     *
     * @param workers n, the workers of the larger pools
     * @param warmups runs of each case before measuring
     * @param repetitions measured runs of each case
     * @param workMillis CPU time the task spins for; 0 for a no-op
     */
    public record Settings(int workers, int warmups, int repetitions, int workMillis) {
        /** Checks the values. */
        public Settings {
            if (workers < 1 || warmups < 0 || repetitions < 1 || workMillis < 0) {
                throw new IllegalArgumentException("need workers >= 1, warm-ups >= 0, repetitions >= 1, work >= 0 ms;"
                        + " got " + workers + ", " + warmups + ", " + repetitions + ", " + workMillis);
            }
        }
    }

    private OverheadBenchmark() {
    }

    /**
     * @param s what to run
     * @return the figures
     * @throws Exception if a case fails
     */
    public static BenchReport run(Settings s) throws Exception {
        String loadBefore = HostInfo.loadAverage();
        int ms = s.workMillis();
        Map<String, Repeater.Action> cases = new LinkedHashMap<>();
        cases.put("no parallelism (task run in this JVM)", () -> spin(ms, 1));
        cases.put("JvmProcess start+join", () -> new JvmProcess("overhead", () -> spin(ms, 1)).start().join());
        cases.put("Pool.processes(1) create+map([1])+close", () -> poolOnce(Pool.processes(1), ms));
        cases.put("Pool.processes(" + s.workers() + ") create+map([1])+close",
                () -> poolOnce(Pool.processes(s.workers()), ms));
        cases.put("Pool.threads(" + s.workers() + ") create+map([1])+close",
                () -> poolOnce(Pool.threads(s.workers()), ms));
        cases.put(bareCase(s.workers()), () -> BareJvms.startAndJoin(s.workers()));

        TextTable table = new TextTable("case", "real ms", "min", "max", "user ms", "sys ms");
        List<Figure> figures = new ArrayList<>();
        for (Map.Entry<String, Repeater.Action> c : cases.entrySet()) {
            List<Repeater.Sample> samples = Repeater.run(s.warmups(), s.repetitions(), c.getValue());
            Summary real = Repeater.realMillis(samples);
            Summary user = Repeater.userMillis(samples);
            Summary sys = Repeater.sysMillis(samples);
            figures.add(new Figure(BENCH, c.getKey() + ": real", "ms", real));
            figures.add(new Figure(BENCH, c.getKey() + ": user", "ms", user));
            figures.add(new Figure(BENCH, c.getKey() + ": sys", "ms", sys));
            table.row(c.getKey(), TextTable.number(real.median()), TextTable.number(real.min()),
                    TextTable.number(real.max()), TextTable.number(user.median()), TextTable.number(sys.median()));
        }
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("workers", s.workers());
        settings.put("warmups", s.warmups());
        settings.put("repetitions", s.repetitions());
        settings.put("workMillis", ms);
        List<String> notes = List.of(
                "what does it cost to launch additional processes? One task: "
                        + (ms == 0 ? "a no-op" : ms + " ms of CPU work"),
                s.warmups() + " warm-up runs, then medians of " + s.repetitions()
                        + " repetitions; user/sys include worker JVMs (this JVM's getrusage, self + children)");
        return new BenchReport(BENCH, "what does it cost to launch additional processes?", notes, settings, table,
                figures, loadBefore, HostInfo.loadAverage());
    }

    /**
     * @param n how many JVMs
     * @return the name of the floor case
     */
    public static String bareCase(int n) {
        return n + " bare JVMs start+join (floor)";
    }

    private static void poolOnce(Pool pool, int ms) {
        try (pool) {
            pool.map(x -> spin(ms, x), List.of(1));
        }
    }

    /**
     * The task: spins until this thread has used {@code ms} milliseconds of CPU (not of wall time, so
     * the work is the same on a loaded machine), then squares {@code x}.
     *
     * @param ms CPU time to use; 0 returns at once
     * @param x the argument
     * @return x squared
     */
    static int spin(int ms, int x) {
        if (ms > 0) {
            // reading the thread's CPU clock is a system call: compute ~0.1 ms between readings,
            // so the time is user time, as real work's would be
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long end = threads.getCurrentThreadCpuTime() + ms * 1_000_000L;
            long v = x;
            do {
                for (int i = 0; i < 100_000; i++) {
                    v = v * 6364136223846793005L + 1442695040888963407L;
                }
            } while (threads.getCurrentThreadCpuTime() < end);
            spinSink = v;
        }
        return x * x;
    }

    /** Where spin's result goes, so that the JIT cannot drop the loop. */
    private static volatile long spinSink;
}
