package org.par4j.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.par4j.bench.BenchReport;
import org.par4j.bench.OverheadBenchmark;
import org.par4j.bench.peers.Pairing;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code par4j bench overhead}: see {@link OverheadBenchmark}. */
@Command(name = "overhead", mixinStandardHelpOptions = true, versionProvider = Par4jVersion.class,
        description = {"What does it cost to launch additional processes? One task run serially, in one"
                + " JvmProcess, in Pool.processes(1), Pool.processes(n) and Pool.threads(n) (each created,"
                + " used once and closed); real, user and sys time."})
public final class BenchOverheadCommand implements Callable<Integer> {
    /** The peers' item with Python's process and pool start-up figures. */
    private static final int PEER_ITEM = 1;
    @Spec
    private CommandSpec spec;

    @Mixin
    private BenchOutputOptions output;

    @Mixin
    private PeerCompareOptions peers;

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
        OverheadBenchmark.Settings settings = new OverheadBenchmark.Settings(workers, warmups, repetitions, workMillis);
        BenchReport report = OverheadBenchmark.run(settings);
        PrintWriter out = spec.commandLine().getOut();
        return BenchResults.emit(report, () -> OverheadBenchmark.run(settings), out, json, output, peers, pairings(),
                PEER_ITEM);
    }

    /** par4j's figures next to Python's spawn start method, the one that starts a fresh interpreter as par4j starts a JVM. */
    private List<Pairing> pairings() {
        List<Pairing> p = new ArrayList<>(List.of(
                new Pairing("JvmProcess start+join: real", "Process spawn start+join", ""),
                new Pairing("Pool.processes(1) create+map([1])+close: real", "Pool(1) spawn create+map([1])+close+join", "")));
        if (workers == 2) {
            p.add(new Pairing("Pool.processes(2) create+map([1])+close: real",
                    "Pool(2) spawn create+map([1])+close+join", "<= 1"));
            p.add(new Pairing("Pool.threads(2) create+map([1])+close: real",
                    "Pool(2) fork create+map([1])+close+join", ""));
            // what two JVMs cost before par4j does anything, against Python's whole Pool(2)
            p.add(new Pairing(OverheadBenchmark.bareCase(2) + ": real", "Pool(2) spawn create+map([1])+close+join", ""));
        }
        return p;
    }
}
