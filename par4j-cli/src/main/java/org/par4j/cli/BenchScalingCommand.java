package org.par4j.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.concurrent.Callable;
import org.par4j.bench.BenchReport;
import org.par4j.bench.Figure;
import org.par4j.bench.HostInfo;
import org.par4j.bench.Summary;
import org.par4j.bench.TextTable;
import org.par4j.bench.peers.Pairing;
import org.par4j.bench.plot.Plots;
import org.par4j.bench.scaling.CommandScaling;
import org.par4j.bench.scaling.PiScaling;
import org.par4j.bench.scaling.ScalingMode;
import org.par4j.bench.scaling.ScalingPoint;
import org.par4j.bench.scaling.ScalingReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code par4j bench scaling}: the course's scaling table, with Amdahl's and Gustafson's laws. */
@Command(name = "scaling", mixinStandardHelpOptions = true, versionProvider = Par4jVersion.class,
        description = {"Runs a program (after --) or the built-in Monte Carlo pi at several worker counts and"
                + " prints cores, time, speedup and efficiency, with a fit of Amdahl's law (strong scaling) or"
                + " Gustafson's scaled speedup (--weak).",
            "In COMMAND, {n} is replaced by the worker count and {size} by the problem size (--size, times n"
                + " with --weak); PAR4J_WORKERS is set to n. Example:",
            "  par4j bench scaling --workers 1,2 -- bin/par4j run -n {n} examples/PiMpi.java {size}"})
public final class BenchScalingCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private BenchOutputOptions output;

    @Mixin
    private PeerCompareOptions peers;

    @Option(names = "--workers", split = ",", paramLabel = "N,N,...",
            description = "Worker counts (default: 1, 2, 4, ... up to the usable CPUs).")
    private List<Integer> workers;

    @Option(names = "--repeat", defaultValue = "3", description = "Runs per count; the median is reported (default: ${DEFAULT-VALUE}).")
    private int repeat;

    @Option(names = "--weak", description = "Weak scaling: the problem grows with the workers.")
    private boolean weak;

    @Option(names = "--size", defaultValue = "100000000",
            description = "Problem size: darts for the built-in pi, {size} in COMMAND (default: ${DEFAULT-VALUE}).")
    private long size;

    @Option(names = "--backend", defaultValue = "processes", paramLabel = "processes|threads",
            description = "Pool for the built-in pi (default: ${DEFAULT-VALUE}).")
    private String backend;

    @Option(names = "--timeout", defaultValue = "PT10M", description = "Longest one run may take, ISO-8601 (default: 10 minutes).")
    private Duration timeout;

    @Parameters(paramLabel = "COMMAND", description = "The program to scale; without it, the built-in pi.")
    private List<String> command = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        List<Integer> counts = workers != null ? workers : defaultCounts();
        if (counts.size() < 2 || counts.stream().anyMatch(n -> n < 1)) {
            throw new IllegalArgumentException("--workers needs at least two counts, each >= 1, got " + counts);
        }
        if (!backend.equals("processes") && !backend.equals("threads")) {
            throw new IllegalArgumentException("--backend must be processes or threads, got " + backend);
        }
        ScalingMode mode = weak ? ScalingMode.WEAK : ScalingMode.STRONG;
        Supplier<ScalingReport> measure = () -> command.isEmpty()
                ? PiScaling.run(counts, repeat, size, mode, backend.equals("processes"))
                : CommandScaling.run(command, counts, repeat, mode, size, timeout);
        ScalingReport report = measure.get();
        PrintWriter out = spec.commandLine().getOut();
        String table = report + "# load average after: " + HostInfo.loadAverage() + "\n";
        out.print(table);
        Path base = output.writeTable("scaling", table);
        if (base != null) {
            double[] p = report.points().stream().mapToDouble(ScalingPoint::workers).toArray();
            double[] t = report.points().stream().mapToDouble(ScalingPoint::median).toArray();
            Plots.scaling(report.what(), p, t, report.fit(), base).forEach(f -> out.println("# plot written to " + f));
        }
        boolean compared = peers.compareIfAsked(figures(report), () -> figures(measure.get()), pairings(), out, 7);
        out.flush();
        return compared ? 0 : 1;
    }

    /** Speedup and efficiency at each count, as figures for the side-by-side table. */
    private static BenchReport figures(ScalingReport report) {
        List<Figure> figures = new ArrayList<>();
        for (ScalingPoint pt : report.points()) {
            double s = report.speedup(pt);
            figures.add(new Figure("scaling", "par4j speedup at " + pt.workers() + " workers", "x",
                    new Summary(s, s, s, s, pt.seconds().length)));
        }
        return new BenchReport("scaling", report.what(), List.of(), java.util.Map.of(), new TextTable("-"), figures,
                HostInfo.loadAverage(), HostInfo.loadAverage());
    }

    /** The course's Monte Carlo pi in Python (peer item 7) on 2 workers, warm pool and with its start. */
    private static List<Pairing> pairings() {
        return List.of(
                new Pairing("par4j speedup at 2 workers", "pure Python 1e+06 darts: speedup warm pool", ""),
                new Pairing("par4j speedup at 2 workers", "numpy 1e+07 darts: speedup warm pool", ""));
    }

    private static List<Integer> defaultCounts() {
        int cpus = Runtime.getRuntime().availableProcessors();
        List<Integer> counts = new ArrayList<>();
        for (int n = 1; n < cpus; n *= 2) {
            counts.add(n);
        }
        counts.add(cpus);
        if (counts.size() < 2) {
            counts.add(2);   // one CPU: still show what two workers do
        }
        return counts;
    }
}
