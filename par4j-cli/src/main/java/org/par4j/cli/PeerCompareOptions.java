package org.par4j.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.par4j.bench.BenchReport;
import org.par4j.bench.HostInfo;
import org.par4j.bench.peers.Comparison;
import org.par4j.bench.peers.Pairing;
import org.par4j.bench.peers.PeerFigure;
import org.par4j.bench.peers.PeerRunner;
import org.par4j.bench.peers.PeerUnavailableException;
import picocli.CommandLine.Option;

/**
 * {@code --compare}: after par4j's run, run the matching peer benchmarks ({@code ../shared/peers}:
 * Python multiprocessing, mpi4py, C MPI, MPJ Express) on the same machine and print both side by side
 * with the ratio. Only same-run ratios mean anything on a shared machine. {@code --compare-rounds N}
 * alternates the two N times and compares the medians of the rounds, and gives the median of the
 * rounds' own ratios: on a VM whose speed changes from minute to minute, a single pair can land on two
 * different speeds, and a pair run back to back is more often at one speed than two medians are.
 */
public final class PeerCompareOptions {
    @Option(names = "--compare", description = "Also run the matching peer benchmarks and print a side-by-side table.")
    private boolean compare;

    @Option(names = "--compare-rounds", paramLabel = "N", defaultValue = "1",
            description = "Run par4j and the peers N times, alternated (implies --compare), and compare the medians"
                    + " of the rounds; the table also gives the rounds' own ratios, their median and range"
                    + " (default: ${DEFAULT-VALUE}).")
    private int rounds;

    @Option(names = "--peers", paramLabel = "DIR",
            description = "The peer benchmarks' folder (default: $PAR4J_PEERS, else ../shared/peers beside par4j).")
    private Path peers;

    @Option(names = "--peers-quick", description = "Run the peers with fewer repetitions (their --quick).")
    private boolean quick;

    @Option(names = "--peer-items", paramLabel = "ITEM", split = ",",
            description = "Run only these of the peer items the command compares with (shorter rounds, so that"
                    + " each pair runs closer together).")
    private List<Integer> only;

    /**
     * Runs the peers and prints the comparison, when {@code --compare} was given; says what is missing
     * when the peers cannot run.
     *
     * @param report par4j's figures, already printed
     * @param again measures par4j again, printing nothing, for the rounds after the first
     * @param pairings which par4j figure goes with which peer figure
     * @param out where to print
     * @param items the peer items to run
     * @return false if the comparison was asked for and could not be made
     */
    public boolean compareIfAsked(BenchReport report, Rerun again, List<Pairing> pairings,
            PrintWriter out, int... items) throws Exception {
        if (rounds < 1) {
            throw new IllegalArgumentException("--compare-rounds must be at least 1, got " + rounds);
        }
        if (!compare && rounds == 1) {
            return true;
        }
        int[] chosen = chosen(items);
        Path dir = peers != null ? peers : PeerRunner.defaultDir();
        Map<String, String> units = new HashMap<>();
        report.figures().forEach(f -> units.put(f.name(), f.unit()));
        List<Map<String, Double>> ours = new ArrayList<>(List.of(medians(report)));
        List<List<PeerFigure>> theirs = new ArrayList<>();
        try {
            for (int r = 1; r <= rounds; r++) {
                if (r > 1) {
                    out.println("# round " + r + " of " + rounds + ": par4j again ...");
                    out.flush();
                    ours.add(medians(again.measure()));
                }
                out.println("# running the peers (" + dir + ", items " + Arrays.toString(chosen) + ")"
                        + (rounds > 1 ? ", round " + r + " of " + rounds : "") + " ...");
                out.flush();
                theirs.add(new PeerRunner(dir).run(quick, chosen));
            }
            out.println(rounds == 1 ? "# par4j and the peers, same machine, back to back; ratio = par4j / peer"
                    : "# par4j and the peers alternated " + rounds + " times on the same machine; medians of the"
                            + " rounds; ratio = par4j / peer; load average now " + HostInfo.loadAverage());
            out.print(Comparison.table(ours, units, theirs, pairings));
            return true;
        } catch (PeerUnavailableException e) {
            out.println("# cannot compare: " + e.getMessage());
            return false;
        } finally {
            out.flush();
        }
    }

    private int[] chosen(int[] items) {
        if (only == null || only.isEmpty()) {
            return items;
        }
        for (int i : only) {
            if (Arrays.stream(items).noneMatch(x -> x == i)) {
                throw new IllegalArgumentException("--peer-items " + i + ": this command compares with peer items "
                        + Arrays.toString(items) + " only");
            }
        }
        return only.stream().mapToInt(Integer::intValue).distinct().toArray();
    }

    /** Measures par4j again, printing nothing: the rounds after the first. */
    @FunctionalInterface
    public interface Rerun {
        /**
         * @return the figures of a new round
         * @throws Exception if the benchmark fails
         */
        BenchReport measure() throws Exception;
    }

    private static Map<String, Double> medians(BenchReport report) {
        Map<String, Double> m = new HashMap<>();
        report.figures().forEach(f -> m.put(f.name(), f.summary().median()));
        return m;
    }
}
