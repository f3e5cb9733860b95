package org.par4j.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.par4j.bench.BenchReport;
import org.par4j.bench.Figure;
import org.par4j.bench.HostInfo;
import org.par4j.bench.Summary;
import org.par4j.bench.TextTable;
import org.par4j.bench.mpi.CollectivesBenchmark;
import org.par4j.bench.peers.Pairing;
import org.par4j.bench.plot.Plots;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code par4j bench collectives}: latency of each collective by size (see {@link CollectivesBenchmark}). */
@Command(name = "collectives", mixinStandardHelpOptions = true, versionProvider = Par4jVersion.class,
        description = "Latency of barrier, bcast, reduce, allreduce, gather, scatter, allgather and alltoall by"
                + " message size, OSU style, on N rank JVMs.")
public final class BenchCollectivesCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private PeerCompareOptions peers;

    @Mixin
    private BenchOutputOptions output;

    @Option(names = {"-n", "--ranks"}, defaultValue = "2", description = "Ranks (default: ${DEFAULT-VALUE}).")
    private int ranks;

    @Option(names = "--transport", defaultValue = "auto", paramLabel = "auto|shm|tcp",
            description = "How the ranks talk (default: ${DEFAULT-VALUE}).")
    private String transport;

    @Option(names = "--min", defaultValue = "8", description = "Smallest block in bytes (default: ${DEFAULT-VALUE}).")
    private long min;

    @Option(names = "--max", defaultValue = "8388608", description = "Largest block in bytes (default: ${DEFAULT-VALUE}).")
    private long max;

    @Option(names = "--ops", defaultValue = CollectivesBenchmark.ALL, description = "Collectives to time (default: all).")
    private String ops;

    @Option(names = "--iterations", defaultValue = "10000", description = "Calls per timed round (5 rounds a size, the median kept) at most (default: ${DEFAULT-VALUE}).")
    private int iterations;

    @Option(names = "--warm-up", paramLabel = "MILLIS", defaultValue = "1000",
            description = "Warm-up of each collective and size before it is timed, in ms (default: ${DEFAULT-VALUE}).")
    private int warmUp;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the figures to FILE as JSON.")
    private Path json;

    @Override
    public Integer call() throws Exception {
        if (ranks < 1 || min < 1 || max < min || iterations < 1 || warmUp < 0) {
            throw new IllegalArgumentException("need --ranks >= 1, 1 <= --min <= --max, --iterations >= 1 and --warm-up >= 0");
        }
        ByteArrayOutputStream table = new ByteArrayOutputStream();
        CollectivesBenchmark.Options options = new CollectivesBenchmark.Options(ranks, transport, min, max, ops, iterations,
                warmUp);
        CollectivesBenchmark.Result r = CollectivesBenchmark.run(options, new PrintStream(table, true, StandardCharsets.UTF_8));
        PrintWriter out = spec.commandLine().getOut();
        Path base = BenchResults.emitTable(table.toString(StandardCharsets.UTF_8), r.toJson(), out, json, output,
                "collectives");
        if (base != null) {
            double[] sizes = r.rows().stream().filter(row -> !row.op().equals("barrier"))
                    .mapToDouble(CollectivesBenchmark.Row::bytes).distinct().sorted().toArray();
            Map<String, double[]> byOp = new LinkedHashMap<>();
            for (CollectivesBenchmark.Row row : r.rows()) {
                if (!row.op().equals("barrier")) {
                    double[] secs = byOp.computeIfAbsent(row.op(), k -> filledNaN(sizes.length));
                    secs[java.util.Arrays.binarySearch(sizes, row.bytes())] = row.avgUs() / 1e6;
                }
            }
            Plots.collectives("par4j collectives, " + ranks + " ranks", sizes, byOp, base)
                    .forEach(f -> out.println("# plot written to " + f));
        }
        boolean compared = peers.compareIfAsked(report(r),
                () -> report(CollectivesBenchmark.run(options, null)), pairings(), out, 5);
        out.flush();
        return compared ? 0 : 1;
    }

    private static double[] filledNaN(int n) {
        double[] a = new double[n];
        java.util.Arrays.fill(a, Double.NaN);
        return a;
    }

    private static String label(long bytes) {
        return bytes >= 1L << 20 ? (bytes >> 20) + "MiB" : bytes >= 1024 ? (bytes >> 10) + "KiB" : bytes + "B";
    }

    private static BenchReport report(CollectivesBenchmark.Result r) {
        List<Figure> figures = new ArrayList<>();
        for (CollectivesBenchmark.Row row : r.rows()) {
            String name = row.op().equals("barrier") ? "par4j barrier" : "par4j " + row.op() + " " + label(row.bytes());
            figures.add(new Figure("collectives", name, "us",
                    new Summary(row.avgUs(), row.minUs(), row.maxUs(), row.avgUs(), row.iterations())));
        }
        return new BenchReport("collectives", "collectives", List.of(), Map.of(), new TextTable("-"), figures,
                HostInfo.loadAverage(), HostInfo.loadAverage());
    }

    /** par4j next to mpi4py on Open MPI (peer item 5: 2 ranks, 8 B and 8 MiB of doubles). */
    private static List<Pairing> pairings() {
        List<Pairing> p = new ArrayList<>(List.of(new Pairing("par4j barrier", "Barrier", "")));
        for (String size : List.of("8B", "8MiB")) {
            p.add(new Pairing("par4j bcast " + size, "Bcast " + size, ""));
            p.add(new Pairing("par4j allreduce " + size, "Allreduce(SUM,f64) " + size, size.equals("8MiB") ? "<= 1.2" : ""));
            p.add(new Pairing("par4j gather " + size, "Gather " + size, ""));
            p.add(new Pairing("par4j scatter " + size, "Scatter " + size, ""));
        }
        return p;
    }
}
