package org.par4j.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.par4j.bench.BenchReport;
import org.par4j.bench.OverheadBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code par4j bench overhead}: see {@link OverheadBenchmark}. */
@Command(name = "overhead", mixinStandardHelpOptions = true, versionProvider = Par4jVersion.class,
        description = {"What does it cost to launch additional processes? One task run serially, in one"
                + " JvmProcess, in Pool.processes(1), Pool.processes(n) and Pool.threads(n) (each created,"
                + " used once and closed); real, user and sys time."})
public final class BenchOverheadCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = {"-n", "--workers"}, defaultValue = "2", description = "n, workers of the larger pools (default: ${DEFAULT-VALUE}).")
    private int workers;

    @Option(names = {"-r", "--repetitions"}, defaultValue = "10", description = "Measured runs per case (default: ${DEFAULT-VALUE}).")
    private int repetitions;

    @Option(names = {"-w", "--warmups"}, defaultValue = "2", description = "Warm-up runs per case (default: ${DEFAULT-VALUE}).")
    private int warmups;

    @Option(names = "--work-ms", defaultValue = "0", description = "CPU milliseconds the task spins for; 0 is a no-op (default: ${DEFAULT-VALUE}).")
    private int workMillis;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the figures to FILE as JSON.")
    private Path json;

    @Override
    public Integer call() throws Exception {
        BenchReport report = OverheadBenchmark.run(
                new OverheadBenchmark.Settings(workers, warmups, repetitions, workMillis));
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
