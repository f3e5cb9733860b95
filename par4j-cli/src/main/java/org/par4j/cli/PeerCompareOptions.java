package org.par4j.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.par4j.bench.BenchReport;
import org.par4j.bench.Figure;
import org.par4j.bench.peers.Comparison;
import org.par4j.bench.peers.Pairing;
import org.par4j.bench.peers.PeerFigure;
import org.par4j.bench.peers.PeerRunner;
import org.par4j.bench.peers.PeerUnavailableException;
import picocli.CommandLine.Option;

/**
 * {@code --compare}: after par4j's run, run the matching peer benchmarks ({@code ../shared/peers}:
 * Python multiprocessing, mpi4py, C MPI, MPJ Express) on the same machine and print both side by side
 * with the ratio. Only same-run ratios mean anything on a shared machine.
 */
public final class PeerCompareOptions {
    @Option(names = "--compare", description = "Also run the matching peer benchmarks and print a side-by-side table.")
    private boolean compare;

    @Option(names = "--peers", paramLabel = "DIR",
            description = "The peer benchmarks' folder (default: $PAR4J_PEERS, else ../shared/peers beside par4j).")
    private Path peers;

    @Option(names = "--peers-quick", description = "Run the peers with fewer repetitions (their --quick).")
    private boolean quick;

    /**
     * Runs the peers and prints the comparison, when {@code --compare} was given; says what is missing
     * when the peers cannot run.
     *
     * @param report par4j's figures
     * @param pairings which par4j figure goes with which peer figure
     * @param out where to print
     * @param items the peer items to run
     * @return false if the comparison was asked for and could not be made
     */
    public boolean compareIfAsked(BenchReport report, List<Pairing> pairings, PrintWriter out, int... items) {
        if (!compare) {
            return true;
        }
        Map<String, Double> ours = new HashMap<>();
        Map<String, String> units = new HashMap<>();
        for (Figure f : report.figures()) {
            ours.put(f.name(), f.summary().median());
            units.put(f.name(), f.unit());
        }
        Path dir = peers != null ? peers : PeerRunner.defaultDir();
        out.println("# running the peers (" + dir + ", items " + java.util.Arrays.toString(items) + ") ...");
        out.flush();
        try {
            List<PeerFigure> theirs = new PeerRunner(dir).run(quick, items);
            out.println("# par4j and the peers, same machine, back to back; ratio = par4j / peer");
            out.print(Comparison.table(ours, units, theirs, pairings));
            return true;
        } catch (PeerUnavailableException e) {
            out.println("# cannot compare: " + e.getMessage());
            return false;
        } finally {
            out.flush();
        }
    }
}
