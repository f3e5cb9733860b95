package org.par4j.bench.mpi;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code par4j bench pingpong}: OSU-style latency and bandwidth between two rank JVMs over 1 B .. 64 MiB
 * (typed {@code byte[]} buffers, or objects through the codec with {@code objects}), and the fits of
 * T(s) = mu + s / B. Times are one-way: half the median round trip over {@code rounds} rounds, start-up
 * excluded.
 *
 * <pre>{@code
 * PingPongBenchmark.Result r = PingPongBenchmark.run(PingPongBenchmark.Options.defaults(), System.out);
 * Files.writeString(Path.of("pingpong.json"), r.toJson());
 * }</pre>
 */
public final class PingPongBenchmark {
    private PingPongBenchmark() {
    }

    /**
     * @param transport auto, shm or tcp
     * @param objects send objects through the codec instead of typed buffers (and time the course's small map)
     * @param minBytes smallest size (0 or more)
     * @param maxBytes largest size (at most 1 GiB)
     * @param rounds rounds per size (median reported)
     * @param maxIterations round trips per round for the smallest messages (fewer for large ones)
     */
    public record Options(String transport, boolean objects, long minBytes, long maxBytes, int rounds, int maxIterations) {
        /** @return the defaults: auto transport, buffers, 1 B .. 64 MiB, 7 rounds of up to 20,000 round trips */
        public static Options defaults() {
            return new Options("auto", false, 1, 64L << 20, 7, 20_000);
        }
    }

    /**
     * One size.
     *
     * @param bytes message size (-1: the small map {"a": 7, "b": 3.14})
     * @param iterations round trips per round
     * @param minUs fastest round, one way, microseconds
     * @param medianUs median round
     * @param maxUs slowest round
     */
    public record Row(long bytes, int iterations, double minUs, double medianUs, double maxUs) {
        /** @return bandwidth at the median, MB/s */
        public double megabytesPerSecond() {
            return bytes <= 0 ? 0 : bytes / medianUs;
        }
    }

    /**
     * @param options what was run
     * @param rows one per size
     * @param plain the plain least-squares fit, null with fewer than two message sizes
     * @param relative the relative-error fit, null with fewer than two message sizes
     * @param loadAverage the one-minute load average at the end
     */
    public record Result(Options options, List<Row> rows, LatencyFit plain, LatencyFit relative, double loadAverage) {
        /** @return the result as JSON */
        public String toJson() {
            StringBuilder sb = new StringBuilder("{\"benchmark\":\"pingpong\",\"transport\":\"" + options.transport()
                    + "\",\"objects\":" + options.objects() + ",\"loadAverage\":" + loadAverage + ",\"rows\":[");
            for (int i = 0; i < rows.size(); i++) {
                Row r = rows.get(i);
                sb.append(i == 0 ? "" : ",").append(String.format(Locale.ROOT,
                        "{\"bytes\":%d,\"iterations\":%d,\"minUs\":%.4f,\"medianUs\":%.4f,\"maxUs\":%.4f,\"MBps\":%.1f}",
                        r.bytes(), r.iterations(), r.minUs(), r.medianUs(), r.maxUs(), r.megabytesPerSecond()));
            }
            if (plain == null) {
                return sb.append("],\"fitPlain\":null,\"fitRelative\":null}").toString();
            }
            return sb.append(String.format(Locale.ROOT, "],\"fitPlain\":{\"muUs\":%.4f,\"MBps\":%.1f},\"fitRelative\":{\"muUs\":%.4f,\"MBps\":%.1f}}",
                    plain.mu(), plain.bandwidth(), relative.mu(), relative.bandwidth())).toString();
        }
    }

    /**
     * Runs the benchmark on two local rank JVMs and prints the table.
     *
     * @param o options
     * @param out where the table goes (null: nowhere)
     * @return the figures
     */
    public static Result run(Options o, PrintStream out) {
        List<Row> rows = new ArrayList<>(job(o, o.minBytes()));
        if (o.objects()) {
            rows.addAll(job(o, -1));
        }
        Result r = fit(o, rows);
        if (out != null) {
            print(r, out);
        }
        return r;
    }

    /** One job of two fresh rank JVMs: the sizes from {@code min} up, or (min -1) the small map alone. */
    private static List<Row> job(Options o, long min) {
        List<Row> rows = new ArrayList<>();
        for (String[] p : RankJobLines.run("ping-pong", 2, PingPongRank.class, o.transport(), List.of("-Xmx3g", "-XX:+UseParallelGC"),
                Long.toString(min), Long.toString(o.maxBytes()), Boolean.toString(o.objects()), Integer.toString(o.rounds()),
                Integer.toString(o.maxIterations()))) {
            rows.add(new Row(Long.parseLong(p[0]), Integer.parseInt(p[1]), Double.parseDouble(p[2]),
                    Double.parseDouble(p[3]), Double.parseDouble(p[4])));
        }
        return rows;
    }

    static Result fit(Options o, List<Row> rows) {
        List<Row> sized = rows.stream().filter(r -> r.bytes() > 0).toList();
        double[] s = sized.stream().mapToDouble(Row::bytes).toArray();
        double[] t = sized.stream().mapToDouble(Row::medianUs).toArray();
        if (s.length < 2) {
            // one size (--min = --max) is a plain measurement: there is nothing to fit a line to
            return new Result(o, rows, null, null, loadAverage());
        }
        return new Result(o, rows, LatencyFit.plain(s, t), LatencyFit.relative(s, t), loadAverage());
    }

    static void print(Result r, PrintStream out) {
        out.printf("# par4j ping-pong (%s, %s), one-way, 2 rank JVMs, load %.2f%n", r.options().transport(),
                r.options().objects() ? "objects" : "byte[] buffers", r.loadAverage());
        out.printf("%-12s %12s %12s %12s %12s%n", "# Size", "Latency(us)", "Min(us)", "Max(us)", "MB/s");
        for (Row row : r.rows()) {
            out.printf("%-12s %12.3f %12.3f %12.3f %12.1f%n", row.bytes() < 0 ? "map{a,b}" : Long.toString(row.bytes()),
                    row.medianUs(), row.minUs(), row.maxUs(), row.megabytesPerSecond());
        }
        if (r.plain() == null) {
            out.println("# no fit of T(s) = mu + s/B: it needs at least two message sizes");
            return;
        }
        out.println("# plain fit:          " + r.plain());
        out.println("# relative-error fit: " + r.relative());
    }

    static double loadAverage() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    /**
     * Command line: {@code [--transport auto|shm|tcp] [--objects] [--min BYTES] [--max BYTES] [--rounds N] [--iterations N] [--json FILE]}.
     *
     * @param args the command line
     * @throws IOException if the JSON file cannot be written
     */
    public static void main(String[] args) throws IOException {
        Options d = Options.defaults();
        String transport = d.transport();
        boolean objects = false;
        long min = d.minBytes();
        long max = d.maxBytes();
        int rounds = d.rounds();
        int iterations = d.maxIterations();
        String json = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--transport" -> transport = args[++i];
                case "--objects" -> objects = true;
                case "--min" -> min = Long.parseLong(args[++i]);
                case "--max" -> max = Long.parseLong(args[++i]);
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                case "--iterations" -> iterations = Integer.parseInt(args[++i]);
                case "--json" -> json = args[++i];
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Result r = run(new Options(transport, objects, min, max, rounds, iterations), System.out);
        if (json != null) {
            Files.writeString(Path.of(json), r.toJson());
        }
    }
}
