package org.par4j.bench;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.HdrHistogram.Histogram;
import org.par4j.Pool;

/**
 * {@code par4j bench pool}: what a {@link Pool} call costs per task, on a trivial function ({@code x * x})
 * so that only the pool's overhead is timed. The pool is created and warmed up before timing, as the
 * Python peer does. For each backend (threads, processes) on n workers:
 * <ul>
 *   <li>{@code map} of {@code tasks} items with automatic chunks, and with chunksize 1: the time of the
 *       call divided by the number of tasks (median, min, max over repetitions) and tasks per second;</li>
 *   <li>{@code imapUnordered} with chunksize 1, consumed to the end, likewise;</li>
 *   <li>{@code applyAsync(square, 3).get()}: the round trip of one call, each timed on its own
 *       (HdrHistogram: median and percentiles).</li>
 * </ul>
 */
public final class PoolBenchmark {
    /** The name in reports and JSON. */
    public static final String BENCH = "pool";

    /** Which pool. */
    public enum Backend {
        /** {@link Pool#threads(int)}. */
        THREADS,
        /** {@link Pool#processes(int)}. */
        PROCESSES
    }

    /**
     * What to run.
     *
     * @param workers workers per pool
     * @param tasks items per map call
     * @param warmups map calls before measuring
     * @param repetitions measured map calls per case
     * @param applyCalls timed applyAsync round trips (after as many tenths as warm-up)
     * @param backends the pools to measure, in order
     */
    public record Settings(int workers, int tasks, int warmups, int repetitions, int applyCalls,
            List<Backend> backends) {
        /** Checks and copies. */
        public Settings {
            if (workers < 1 || tasks < 1 || warmups < 0 || repetitions < 1 || applyCalls < 1 || backends.isEmpty()) {
                throw new IllegalArgumentException("need workers, tasks, repetitions, applyCalls >= 1, warm-ups >= 0"
                        + " and a backend; got " + workers + ", " + tasks + ", " + repetitions + ", " + applyCalls
                        + ", " + warmups + ", " + backends);
            }
            backends = List.copyOf(backends);
        }
    }

    private final Settings settings;
    private final List<Integer> data;
    private final TextTable table = new TextTable("case", "median", "min", "max", "unit", "tasks/s", "p99");
    private final List<Figure> figures = new ArrayList<>();

    private PoolBenchmark(Settings settings) {
        this.settings = settings;
        this.data = IntStream.range(0, settings.tasks()).boxed().toList();
    }

    /**
     * @param s what to run
     * @return the figures
     * @throws Exception if a case fails
     */
    public static BenchReport run(Settings s) throws Exception {
        return new PoolBenchmark(s).measure();
    }

    private BenchReport measure() throws Exception {
        String loadBefore = HostInfo.loadAverage();
        perTask("serial loop in this JVM (reference)", () -> {
            long sum = 0;
            for (Integer x : data) {
                sum += square(x);
            }
            if (sum < 0) {
                throw new IllegalStateException("overflow");
            }
        });
        for (Backend b : settings.backends()) {
            int n = settings.workers();
            String label = b == Backend.THREADS ? "Pool.threads(" + n + ")" : "Pool.processes(" + n + ")";
            try (Pool pool = b == Backend.THREADS ? Pool.threads(n) : Pool.processes(n)) {
                perTask(label + ".map auto chunks", () -> check(pool.map(PoolBenchmark::square, data)));
                perTask(label + ".map chunksize 1", () -> check(pool.map(PoolBenchmark::square, data, 1)));
                perTask(label + ".imapUnordered chunksize 1",
                        () -> count(pool.imapUnordered(PoolBenchmark::square, data.iterator(), 1)));
                roundTrip(label + ".applyAsync(square, 3).get() round trip", pool);
            }
        }
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("workers", settings.workers());
        s.put("tasks", settings.tasks());
        s.put("warmups", settings.warmups());
        s.put("repetitions", settings.repetitions());
        s.put("applyCalls", settings.applyCalls());
        s.put("backends", settings.backends().stream().map(Enum::name).toList());
        List<String> notes = List.of(
                "per task = time of one call over " + settings.tasks() + " items / " + settings.tasks()
                        + "; pool created and warmed up before timing; function x -> x * x",
                settings.warmups() + " warm-up calls, " + settings.repetitions() + " repetitions per map case, "
                        + settings.applyCalls() + " timed applyAsync round trips (HdrHistogram)");
        return new BenchReport(BENCH, "per-task overhead of Pool calls", notes, s, table, figures, loadBefore,
                HostInfo.loadAverage());
    }

    private void perTask(String name, Repeater.Action call) throws Exception {
        List<Repeater.Sample> samples = Repeater.run(settings.warmups(), settings.repetitions(), call);
        Summary micros = Summary.of(samples.stream()
                .mapToDouble(x -> x.realNanos() / 1e3 / settings.tasks()).toArray());
        figures.add(new Figure(BENCH, name + ": per task", "us", micros));
        figures.add(new Figure(BENCH, name + ": tasks/s", "tasks/s", Summary.of(samples.stream()
                .mapToDouble(x -> settings.tasks() / (x.realNanos() / 1e9)).toArray())));
        table.row(name, TextTable.number(micros.median()), TextTable.number(micros.min()),
                TextTable.number(micros.max()), "us/task", TextTable.number(1e6 / micros.median()), "-");
    }

    private void roundTrip(String name, Pool pool) throws Exception {
        for (int i = 0; i < Math.max(1, settings.applyCalls() / 10); i++) {
            pool.applyAsync(PoolBenchmark::square, 3).get();
        }
        Histogram histogram = new Histogram(3);
        double[] micros = new double[settings.applyCalls()];
        for (int i = 0; i < micros.length; i++) {
            long t0 = System.nanoTime();
            Integer r = pool.applyAsync(PoolBenchmark::square, 3).get();
            long t = System.nanoTime() - t0;
            if (r == null || r != 9) {
                throw new IllegalStateException("applyAsync(square, 3) returned " + r);
            }
            histogram.recordValue(t);
            micros[i] = t / 1e3;
        }
        Map<String, Double> pct = new LinkedHashMap<>();
        for (double p : new double[] {50, 90, 99, 99.9}) {
            pct.put("p" + (p == Math.rint(p) ? String.valueOf((int) p) : String.valueOf(p)),
                    histogram.getValueAtPercentile(p) / 1e3);
        }
        Summary s = Summary.of(micros);
        figures.add(new Figure(BENCH, name, "us", s, pct));
        table.row(name, TextTable.number(s.median()), TextTable.number(s.min()), TextTable.number(s.max()),
                "us/call", TextTable.number(1e6 / s.median()), TextTable.number(pct.get("p99")));
    }

    private void check(List<Integer> results) {
        if (results.size() != settings.tasks()
                || !results.get(results.size() - 1).equals(square(settings.tasks() - 1))) {
            throw new IllegalStateException("map returned wrong results: " + results.size() + " items");
        }
    }

    private void count(Iterator<Integer> results) {
        long n = 0;
        while (results.hasNext()) {
            results.next();
            n++;
        }
        if (n != settings.tasks()) {
            throw new IllegalStateException("imapUnordered returned " + n + " of " + settings.tasks() + " results");
        }
    }

    /**
     * The trivial task.
     *
     * @param x an integer
     * @return x squared
     */
    static Integer square(Integer x) {
        return x * x;
    }
}
