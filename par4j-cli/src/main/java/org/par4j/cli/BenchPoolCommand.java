package org.par4j.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.par4j.bench.BenchReport;
import org.par4j.bench.PoolBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code par4j bench pool}: see {@link PoolBenchmark}. */
@Command(name = "pool", mixinStandardHelpOptions = true, versionProvider = Par4jVersion.class,
        description = {"Per-task overhead of Pool calls on a trivial function: map (automatic chunks and"
                + " chunksize 1), imapUnordered, applyAsync round trip; threads and processes."})
public final class BenchPoolCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = {"-n", "--workers"}, defaultValue = "2", description = "Workers per pool (default: ${DEFAULT-VALUE}).")
    private int workers;

    @Option(names = {"-t", "--tasks"}, defaultValue = "100000", description = "Items per map call (default: ${DEFAULT-VALUE}).")
    private int tasks;

    @Option(names = {"-r", "--repetitions"}, defaultValue = "5", description = "Measured calls per map case (default: ${DEFAULT-VALUE}).")
    private int repetitions;

    @Option(names = {"-w", "--warmups"}, defaultValue = "1", description = "Warm-up calls per map case (default: ${DEFAULT-VALUE}).")
    private int warmups;

    @Option(names = "--apply-calls", defaultValue = "2000", description = "Timed applyAsync round trips (default: ${DEFAULT-VALUE}).")
    private int applyCalls;

    @Option(names = "--backend", paramLabel = "THREADS|PROCESSES", split = ",",
            description = "Which pools, in order (default: THREADS,PROCESSES).")
    private List<PoolBenchmark.Backend> backends = new ArrayList<>(List.of(PoolBenchmark.Backend.values()));

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the figures to FILE as JSON.")
    private Path json;

    @Override
    public Integer call() throws Exception {
        BenchReport report = PoolBenchmark.run(
                new PoolBenchmark.Settings(workers, tasks, warmups, repetitions, applyCalls, backends));
        PrintWriter out = spec.commandLine().getOut();
        report.print(out);
        if (json != null) {
            report.writeJson(json);
            out.println("# JSON written to " + json);
        }
        out.flush();
        return 0;
    }
}
