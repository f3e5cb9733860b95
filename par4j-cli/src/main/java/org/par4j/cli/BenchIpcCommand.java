package org.par4j.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.par4j.bench.BenchReport;
import org.par4j.bench.ipc.IpcBenchmark;
import org.par4j.bench.peers.Pairing;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code par4j bench ipc}: see {@link IpcBenchmark}. */
@Command(name = "ipc", mixinStandardHelpOptions = true, versionProvider = Par4jVersion.class,
        description = {"Pipe and Queue ping-pong between two processes: 8-byte one-way latency (percentiles),"
                + " bandwidth from 1 B to 64 MiB, fit of T(s) = mu + s/B, plots with --out."})
public final class BenchIpcCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--round-trips", defaultValue = "20000",
            description = "Timed 8-byte round trips per transport (default: ${DEFAULT-VALUE}).")
    private int roundTrips;

    @Option(names = {"-r", "--repetitions"}, defaultValue = "5",
            description = "Samples per message size (default: ${DEFAULT-VALUE}).")
    private int repetitions;

    @Option(names = "--max-size", defaultValue = "67108864",
            description = "Largest message in bytes, at most 64 MiB (default: ${DEFAULT-VALUE}).")
    private int maxSize;

    @Option(names = "--warm-up", paramLabel = "MILLIS", defaultValue = "1000",
            description = "Warm-up of each message size before it is timed, in ms (default: ${DEFAULT-VALUE}).")
    private int warmUp;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the figures to FILE as JSON.")
    private Path json;

    @Mixin
    private BenchOutputOptions output;

    @Mixin
    private PeerCompareOptions peers;

    @Override
    public Integer call() throws Exception {
        Path plotBase = output.dir() == null ? null : output.dir().resolve(IpcBenchmark.BENCH);
        if (plotBase != null) {
            java.nio.file.Files.createDirectories(output.dir());
        }
        BenchReport report = IpcBenchmark.run(settings(plotBase));
        PeerCompareOptions.Rerun again = () -> IpcBenchmark.run(settings(null));
        PrintWriter out = spec.commandLine().getOut();
        StringWriter text = new StringWriter();
        report.print(new PrintWriter(text, true));
        out.print(text);
        output.writeTable(IpcBenchmark.BENCH, text.toString());
        if (output.dir() != null) {
            report.writeJson(output.dir().resolve(IpcBenchmark.BENCH + ".json"));
            out.println("# table, JSON and plots written to " + output.dir());
        }
        if (json != null) {
            report.writeJson(json);
            out.println("# JSON written to " + json);
        }
        boolean compared = peers.compareIfAsked(report, again, pairings(), out, 3, 4);
        out.flush();
        return compared ? 0 : 1;
    }

    private IpcBenchmark.Settings settings(Path plotBase) {
        return new IpcBenchmark.Settings(roundTrips, repetitions, maxSize, warmUp, plotBase);
    }

    /**
     * @return par4j's Pipe and Queue next to Python's (peer item 3) and Open MPI's C ping-pong (item 4),
     *     with issue 3's targets
     */
    private static List<Pairing> pairings() {
        String pipe = "Pipe sendBytes/recvBytesInto";
        List<Pairing> p = new ArrayList<>(List.of(
                new Pairing(pipe + " latency 8B one-way", "Pipe send_bytes/recv_bytes latency 8B one-way", "<= 0.1"),
                new Pairing("Pipe send/recv (objects) latency 8B one-way", "Pipe send/recv (pickle) latency 8B one-way",
                        "<= 0.1"),
                new Pairing("Queue put/get latency 8B one-way", "Queue put/get latency 8B one-way", "<= 0.1")));
        for (String size : List.of("1 MiB", "16 MiB", "64 MiB")) {
            String peerSize = size.replace(" ", "");
            p.add(new Pairing(pipe + " bandwidth " + size, "Pipe send_bytes/recv_bytes bandwidth " + peerSize, ">= 3"));
            p.add(new Pairing(pipe + " bandwidth " + size, "C MPI_Send/Recv (openmpi) bandwidth " + peerSize,
                    ">= 0.8"));
            // Issue 3 sets its bandwidth bars for the bytes path; a Queue hands each get a new array (Python's
            // a new bytes object) and is shown beside Python's Queue, without a bar.
            p.add(new Pairing("Queue put/get bandwidth " + size, "Queue put/get bandwidth " + peerSize, ""));
        }
        return p;
    }
}
