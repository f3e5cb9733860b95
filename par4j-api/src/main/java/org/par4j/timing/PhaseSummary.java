package org.par4j.timing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The phase times of several ranks or workers side by side: for every phase, the minimum, median
 * and maximum over them and which one was slowest — the slowest decides the parallel run time.
 *
 * <pre>{@code
 * List<PhaseTimes> all = world.gather(timer.times(), 0);   // rank order
 * if (world.rank() == 0) System.out.print(PhaseSummary.of(all));
 * }</pre>
 *
 * @param rows one row per phase, then one for the whole timed span
 */
public record PhaseSummary(List<Row> rows) {

    /**
     * One phase across all participants.
     *
     * @param phase the phase name
     * @param min fastest, seconds
     * @param median median, seconds
     * @param max slowest, seconds
     * @param slowest index of the slowest participant in the list given to {@link #of}
     */
    public record Row(String phase, double min, double median, double max, int slowest) {
    }

    /**
     * @param all one {@link PhaseTimes} per rank or worker, all with the same phases
     * @return the summary
     * @throws IllegalArgumentException if the list is empty or the phases differ
     */
    public static PhaseSummary of(List<PhaseTimes> all) {
        if (all.isEmpty()) {
            throw new IllegalArgumentException("no phase times to summarise");
        }
        List<String> phases = all.getFirst().phaseNames();
        for (int i = 1; i < all.size(); i++) {
            if (!all.get(i).phaseNames().equals(phases)) {
                throw new IllegalArgumentException("participant " + i + " has phases " + all.get(i).phaseNames()
                        + " but participant 0 has " + phases);
            }
        }
        List<Row> rows = new ArrayList<>();
        for (String phase : phases) {
            rows.add(row(phase, all.stream().mapToDouble(t -> t.seconds(phase)).toArray()));
        }
        rows.add(row("total", all.stream()
                .mapToDouble(t -> t.marks().getLast().wallNanos() / 1e9).toArray()));
        return new PhaseSummary(List.copyOf(rows));
    }

    private static Row row(String phase, double[] seconds) {
        int slowest = 0;
        for (int i = 1; i < seconds.length; i++) {
            if (seconds[i] > seconds[slowest]) {
                slowest = i;
            }
        }
        double[] sorted = seconds.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        return new Row(phase, sorted[0], median, sorted[n - 1], slowest);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-12s %10s %10s %10s %8s%n",
                "phase", "min (s)", "median (s)", "max (s)", "slowest"));
        for (Row r : rows) {
            sb.append(String.format(Locale.ROOT, "%-12s %10.4f %10.4f %10.4f %8d%n", r.phase(), r.min(), r.median(),
                    r.max(), r.slowest()));
        }
        return sb.toString();
    }
}
