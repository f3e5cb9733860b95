package org.par4j.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.par4j.bench.BenchReport;
import org.par4j.bench.PoolBenchmark;
import org.par4j.bench.peers.Pairing;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code par4j bench pool}: see {@link PoolBenchmark}. */
@Command(name = "pool", mixinStandardHelpOptions = true, versionProvider = Par4jVersion.class,
        description = {"Per-task overhead of Pool calls on a trivial function: map (automatic chunks and"
                + " chunksize 1), imapUnordered, applyAsync round trip; threads and processes."})
public final class BenchPoolCommand implements Callable<Integer> {
    /** The peers' item with Python's Pool(2) per-task figures. */
    private static final int PEER_ITEM = 2;
    @Spec
    private CommandSpec spec;

    @Mixin
    private BenchOutputOptions output;

    @Mixin
    private PeerCompareOptions peers;

    @Option(names = {"-n", "--workers"}, defaultValue = "2", description = "Workers per pool (default: ${DEFAULT-VALUE}).")
    private int workers;

    @Option(names = {"-t", "--tasks"}, defaultValue = "100000", description = "Items per map call (default: ${DEFAULT-VALUE}).")
    private int tasks;

    @Option(names = {"-r", "--repetitions"}, defaultValue = "11", description = "Measured calls per map case (default: ${DEFAULT-VALUE}).")
    private int repetitions;

    @Option(names = {"-w", "--warmups"}, defaultValue = "10",
            description = "Warm-up calls per map case, so the JIT has compiled the hot paths (default: ${DEFAULT-VALUE}).")
    private int warmups;

    @Option(names = "--apply-calls", defaultValue = "5000", description = "Timed applyAsync round trips (default: ${DEFAULT-VALUE}).")
    private int applyCalls;

    @Option(names = "--backend", paramLabel = "THREADS|PROCESSES", split = ",",
            description = "Which pools, in order (default: THREADS,PROCESSES).")
    private List<PoolBenchmark.Backend> backends = new ArrayList<>(List.of(PoolBenchmark.Backend.values()));

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the figures to FILE as JSON.")
    private Path json;

    @Override
    public Integer call() throws Exception {
        PoolBenchmark.Settings settings = new PoolBenchmark.Settings(workers, tasks, warmups, repetitions, applyCalls,
                backends);
        BenchReport report = PoolBenchmark.run(settings);
        PrintWriter out = spec.commandLine().getOut();
        return BenchResults.emit(report, () -> PoolBenchmark.run(settings), out, json, output, peers, pairings(),
                PEER_ITEM);
    }

    /** par4j's figures next to Python's Pool(2) (fork start method; the pool is running before timing). */
    private List<Pairing> pairings() {
        List<Pairing> p = new ArrayList<>();
        for (PoolBenchmark.Backend b : backends) {
            String pool = (b == PoolBenchmark.Backend.THREADS ? "Pool.threads(" : "Pool.processes(") + workers + ")";
            boolean target = b == PoolBenchmark.Backend.PROCESSES && workers == 2;
            p.add(new Pairing(pool + ".map auto chunks: per task", "Pool(2).map default chunksize: per-task",
                    target ? "<= 0.5" : ""));
            p.add(new Pairing(pool + ".map chunksize 1: per task", "Pool(2).map chunksize=1: per-task",
                    target ? "<= 0.5" : ""));
            p.add(new Pairing(pool + ".imapUnordered chunksize 1: per task",
                    "Pool(2).imap_unordered (chunksize=1): per-task", ""));
            p.add(new Pairing(pool + ".applyAsync(square, 3).get() round trip",
                    "Pool(2).apply_async(square,(3,)).get() round trip", target ? "<= 0.2" : ""));
        }
        return p;
    }
}
