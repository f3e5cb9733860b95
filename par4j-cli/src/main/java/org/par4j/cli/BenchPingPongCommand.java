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
import org.par4j.bench.mpi.PingPongBenchmark;
import org.par4j.bench.peers.Pairing;
import org.par4j.bench.plot.Plots;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code par4j bench pingpong}: OSU-style latency and bandwidth between two rank JVMs (see {@link PingPongBenchmark}). */
@Command(name = "pingpong", mixinStandardHelpOptions = true, versionProvider = Par4jVersion.class,
        description = {"Latency and bandwidth between two ranks, 1 B to 64 MiB, OSU style, with the fits of"
                + " T(s) = mu + s/B; --objects sends objects through the codec (and times the course's small map)."})
public final class BenchPingPongCommand implements Callable<Integer> {
    private static final long MIB = 1L << 20;

    @Spec
    private CommandSpec spec;

    @Mixin
    private PeerCompareOptions peers;

    @Mixin
    private BenchOutputOptions output;

    @Option(names = "--transport", defaultValue = "auto", paramLabel = "auto|shm|tcp",
            description = "How the two ranks talk (default: ${DEFAULT-VALUE}: shared memory).")
    private String transport;

    @Option(names = "--objects", description = "Send objects (byte[] through the codec, and the map {a=7, b=3.14}).")
    private boolean objects;

    @Option(names = "--min", defaultValue = "1", description = "Smallest message in bytes (default: ${DEFAULT-VALUE}).")
    private long min;

    @Option(names = "--max", defaultValue = "67108864", description = "Largest message in bytes (default: ${DEFAULT-VALUE}).")
    private long max;

    @Option(names = "--rounds", defaultValue = "7", description = "Rounds per size; the median is reported (default: ${DEFAULT-VALUE}).")
    private int rounds;

    @Option(names = "--iterations", defaultValue = "20000",
            description = "Round trips per round for small messages (default: ${DEFAULT-VALUE}).")
    private int iterations;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the figures to FILE as JSON.")
    private Path json;

    @Override
    public Integer call() throws Exception {
        if (min < 0 || max < Math.max(1, min) || rounds < 1 || iterations < 1) {
            throw new IllegalArgumentException("need 0 <= --min <= --max, --max >= 1, --rounds >= 1 and --iterations >= 1");
        }
        ByteArrayOutputStream table = new ByteArrayOutputStream();
        PingPongBenchmark.Options options = new PingPongBenchmark.Options(transport, objects, min, max, rounds, iterations);
        PingPongBenchmark.Result r = PingPongBenchmark.run(options, new PrintStream(table, true, StandardCharsets.UTF_8));
        PrintWriter out = spec.commandLine().getOut();
        String name = "pingpong-" + transport + (objects ? "-objects" : "");
        Path base = BenchResults.emitTable(table.toString(StandardCharsets.UTF_8), r.toJson(), out, json, output, name);
        if (base != null && r.relative() != null) {
            List<PingPongBenchmark.Row> sized = r.rows().stream().filter(row -> row.bytes() > 0).toList();
            double[] s = sized.stream().mapToDouble(PingPongBenchmark.Row::bytes).toArray();
            double[] t = sized.stream().mapToDouble(row -> row.medianUs() / 1e6).toArray();
            Plots.transfer("par4j ping-pong (" + transport + (objects ? ", objects" : "") + ")", s, t,
                    r.relative().toModel(), base).forEach(f -> out.println("# plot written to " + f));
        }
        boolean compared = peers.compareIfAsked(report(r),
                () -> report(PingPongBenchmark.run(options, null)), pairings(), out, objects ? new int[] {9, 10} : new int[] {4, 9});
        out.flush();
        return compared ? 0 : 1;
    }

    /** The figures the peers also measure, named as the comparison table shows them. */
    private BenchReport report(PingPongBenchmark.Result r) {
        List<Figure> figures = new ArrayList<>();
        for (PingPongBenchmark.Row row : r.rows()) {
            if (row.bytes() == 8) {
                figures.add(new Figure("pingpong", "par4j latency 8B one-way", "us",
                        new Summary(row.medianUs(), row.minUs(), row.maxUs(), row.medianUs(), r.options().rounds())));
            } else if (row.bytes() < 0) {
                figures.add(new Figure("pingpong", "par4j map{a,b} one-way", "us",
                        new Summary(row.medianUs(), row.minUs(), row.maxUs(), row.medianUs(), r.options().rounds())));
            } else if (row.bytes() >= MIB && row.bytes() % MIB == 0) {
                double gbps = row.bytes() / row.medianUs() / 1e3;
                figures.add(new Figure("pingpong", "par4j bandwidth " + row.bytes() / MIB + "MiB", "GB/s",
                        new Summary(gbps, row.bytes() / row.maxUs() / 1e3, row.bytes() / row.minUs() / 1e3, gbps,
                                r.options().rounds())));
            }
        }
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("transport", transport);
        settings.put("objects", objects);
        return new BenchReport("pingpong", "ping-pong", List.of(), settings, new TextTable("-"), figures,
                HostInfo.loadAverage(), HostInfo.loadAverage());
    }

    /** par4j's figures next to C MPI, mpi4py and MPJ Express (peer items 4, 9, 10), with issue 4's targets. */
    private List<Pairing> pairings() {
        boolean tcp = transport.equals("tcp");
        String mpj = tcp ? "niodev" : "multicore";
        List<Pairing> p = new ArrayList<>();
        if (objects) {
            p.add(new Pairing("par4j map{a,b} one-way", "mpi4py comm.send/recv dict{a:7,b:3.14} one-way (samples of k trips)",
                    "<= 0.5"));
            p.add(new Pairing("par4j map{a,b} one-way", "MPJ MPI.OBJECT HashMap{a:7,b:3.14} (" + mpj + ") one-way", "< 1"));
            return p;
        }
        p.add(new Pairing("par4j latency 8B one-way", "C MPI_Send/Recv (openmpi) latency 8B one-way", tcp ? "" : "<= 1.5"));
        p.add(new Pairing("par4j latency 8B one-way", "comm.Send/Recv numpy uint8 latency 8B one-way", tcp ? "" : "< 1"));
        p.add(new Pairing("par4j latency 8B one-way", "MPJ Send/Recv byte[] (" + mpj + ") latency 8B one-way", "< 1"));
        for (String size : List.of("1MiB", "16MiB", "64MiB")) {
            p.add(new Pairing("par4j bandwidth " + size, "C MPI_Send/Recv (openmpi) bandwidth " + size, tcp ? "" : ">= 0.9"));
            p.add(new Pairing("par4j bandwidth " + size, "MPJ Send/Recv byte[] (" + mpj + ") bandwidth " + size,
                    tcp ? ">= 3" : "> 1"));
        }
        return p;
    }
}
