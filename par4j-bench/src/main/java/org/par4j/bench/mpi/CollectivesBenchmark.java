package org.par4j.bench.mpi;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code par4j bench collectives}: latency by message size of barrier, bcast, reduce, allreduce,
 * gather, scatter, allgather and alltoall on N local rank JVMs (doubles, sizes growing by 8x), in
 * OSU's format: average, minimum and maximum over ranks of each rank's mean time per call. Each
 * collective runs in its own job of rank JVMs, as each has its own program in OSU's suite.
 */
public final class CollectivesBenchmark {
    /** Every collective measured by default. */
    public static final String ALL = "barrier,bcast,reduce,allreduce,gather,scatter,allgather,alltoall";

    private CollectivesBenchmark() {
    }

    /**
     * @param ranks number of ranks
     * @param transport auto, shm or tcp
     * @param minBytes smallest message (per rank block)
     * @param maxBytes largest message
     * @param ops comma-separated collectives
     * @param maxIterations calls timed for the smallest messages (fewer for large ones)
     */
    public record Options(int ranks, String transport, long minBytes, long maxBytes, String ops, int maxIterations,
            int warmUpMillis) {
        /** @return 2 ranks, auto, 8 B .. 8 MiB, every collective, up to 10,000 calls, 1 s of warm-up a size */
        public static Options defaults() {
            return new Options(2, "auto", 8, 8L << 20, ALL, 10_000, 1_000);
        }
    }

    /**
     * @param op the collective
     * @param bytes bytes per rank block
     * @param iterations calls timed
     * @param avgUs average over ranks of the mean time per call
     * @param minUs fastest rank
     * @param maxUs slowest rank
     */
    public record Row(String op, long bytes, int iterations, double avgUs, double minUs, double maxUs) {
    }

    /**
     * @param options what was run
     * @param rows the figures
     * @param loadAverage one-minute load average at the end
     */
    public record Result(Options options, List<Row> rows, double loadAverage) {
        /** @return the figures as JSON */
        public String toJson() {
            StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
                    "{\"benchmark\":\"collectives\",\"ranks\":%d,\"transport\":\"%s\",\"loadAverage\":%.2f,\"rows\":[",
                    options.ranks(), options.transport(), loadAverage));
            for (int i = 0; i < rows.size(); i++) {
                Row r = rows.get(i);
                sb.append(i == 0 ? "" : ",").append(String.format(Locale.ROOT,
                        "{\"op\":\"%s\",\"bytes\":%d,\"iterations\":%d,\"avgUs\":%.4f,\"minUs\":%.4f,\"maxUs\":%.4f}",
                        r.op(), r.bytes(), r.iterations(), r.avgUs(), r.minUs(), r.maxUs()));
            }
            return sb.append("]}").toString();
        }
    }

    /**
     * Runs the benchmark and prints the table.
     *
     * @param o options
     * @param out where the table goes (null: nowhere)
     * @return the figures
     */
    public static Result run(Options o, PrintStream out) {
        List<Row> rows = new ArrayList<>();
        // One job of fresh rank JVMs a collective, as OSU has one program each: in a shared JVM
        // the JIT's code, shaped by one collective's 8 MiB calls, slowed the next one's small
        // calls for seconds (an 8-byte allreduce after reduce: 1.6-2.8 us, alone 0.44 us).
        for (String op : o.ops().split(",")) {
            for (String[] p : RankJobLines.run(op.trim(), o.ranks(), CollectivesRank.class, o.transport(), List.of("-Xmx2g"),
                    Long.toString(o.minBytes()), Long.toString(o.maxBytes()), op.trim(), Integer.toString(o.maxIterations()),
                    Integer.toString(o.warmUpMillis()))) {
                rows.add(new Row(p[0], Long.parseLong(p[1]), Integer.parseInt(p[2]), Double.parseDouble(p[3]),
                        Double.parseDouble(p[4]), Double.parseDouble(p[5])));
            }
        }
        Result r = new Result(o, rows, PingPongBenchmark.loadAverage());
        if (out != null) {
            out.printf("# par4j collectives, %d rank JVMs (%s), doubles, load %.2f%n", o.ranks(), o.transport(), r.loadAverage());
            out.printf("%-10s %10s %14s %14s %14s%n", "# Op", "Size", "Avg Lat(us)", "Min(us)", "Max(us)");
            for (Row row : rows) {
                out.printf("%-10s %10d %14.3f %14.3f %14.3f%n", row.op(), row.bytes(), row.avgUs(), row.minUs(), row.maxUs());
            }
        }
        return r;
    }

    /**
     * Command line: {@code [-n RANKS] [--transport T] [--min BYTES] [--max BYTES] [--ops a,b,...] [--iterations N]
     * [--warm-up MILLIS] [--json FILE]}.
     *
     * @param args the command line
     * @throws IOException if the JSON file cannot be written
     */
    public static void main(String[] args) throws IOException {
        Options d = Options.defaults();
        int n = d.ranks();
        String t = d.transport();
        long min = d.minBytes();
        long max = d.maxBytes();
        String ops = d.ops();
        int iterations = d.maxIterations();
        int warmUp = d.warmUpMillis();
        String json = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "-n" -> n = Integer.parseInt(args[++i]);
                case "--transport" -> t = args[++i];
                case "--min" -> min = Long.parseLong(args[++i]);
                case "--max" -> max = Long.parseLong(args[++i]);
                case "--ops" -> ops = args[++i];
                case "--iterations" -> iterations = Integer.parseInt(args[++i]);
                case "--warm-up" -> warmUp = Integer.parseInt(args[++i]);
                case "--json" -> json = args[++i];
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Result r = run(new Options(n, t, min, max, ops, iterations, warmUp), System.out);
        if (json != null) {
            Files.writeString(Path.of(json), r.toJson());
        }
    }
}
