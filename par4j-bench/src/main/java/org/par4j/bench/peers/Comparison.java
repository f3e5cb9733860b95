package org.par4j.bench.peers;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.par4j.bench.Summary;

/**
 * par4j's figures and the peers' side by side, from the same run on the same machine, with the
 * ratio par4j / peer (below 1: par4j takes less time; for rates, above 1: par4j does more).
 */
public final class Comparison {
    private Comparison() {
    }

    /**
     * The table of several rounds, par4j and the peers alternated: each side's median over the rounds,
     * the ratio of those medians, and the median and range of the rounds' own ratios (each round's
     * pair ran back to back, so a machine that changes speed between rounds moves both sides of a pair
     * together more often than the two medians). With one round those columns are left out.
     *
     * @param ours par4j's medians by case name, one map a round
     * @param units par4j's units by case name
     * @param theirs the peers' figures, one list a round (as many as {@code ours})
     * @param pairings which of ours goes with which of theirs
     * @return the table, one pairing a line; a pairing whose side is missing says so
     */
    public static String table(List<Map<String, Double>> ours, Map<String, String> units,
            List<List<PeerFigure>> theirs, List<Pairing> pairings) {
        if (ours.size() != theirs.size() || ours.isEmpty()) {
            throw new IllegalArgumentException("need as many peer rounds as par4j rounds, at least one: "
                    + ours.size() + " and " + theirs.size());
        }
        List<Map<String, PeerFigure>> peerRounds = theirs.stream().map(Comparison::byName).toList();
        boolean ranges = ours.size() > 1;
        String line = ranges ? "%-44s %12s %-48s %12s %8s %8s %15s %8s%n" : "%-44s %12s %-48s %12s %8s%s%s %8s%n";
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, line, "par4j", "median", "peer", "median",
                "ratio", ranges ? "paired" : "", ranges ? "round ratios" : "", "target"));
        for (Pairing p : pairings) {
            List<Double> mine = new ArrayList<>();
            List<Double> peer = new ArrayList<>();
            List<Double> ratios = new ArrayList<>();
            String peerUnit = "";
            for (int r = 0; r < ours.size(); r++) {
                Double m = ours.get(r).get(p.par4jCase());
                PeerFigure f = peerRounds.get(r).get(p.peerCase());
                if (m != null) {
                    mine.add(m);
                }
                if (f != null) {
                    peer.add(f.median());
                    peerUnit = f.unit();
                }
                if (m != null && f != null) {
                    ratios.add(m / f.median());
                }
            }
            Double m = median(mine);
            Double f = median(peer);
            String unit = units.getOrDefault(p.par4jCase(), "");
            Summary range = ratios.isEmpty() ? null : Summary.of(ratios.stream().mapToDouble(Double::doubleValue).toArray());
            sb.append(String.format(Locale.ROOT, line, p.par4jCase(),
                    m == null ? "not run" : fmt(m) + " " + unit, p.peerCase(),
                    f == null ? "not run" : fmt(f) + " " + peerUnit,
                    m == null || f == null ? "-" : String.format(Locale.ROOT, "%.3f", m / f),
                    !ranges ? "" : range == null ? "-" : String.format(Locale.ROOT, "%.3f", range.median()),
                    !ranges ? "" : range == null ? "-" : String.format(Locale.ROOT, "%.3f-%.3f", range.min(), range.max()),
                    p.target()));
        }
        return sb.toString();
    }

    private static Map<String, PeerFigure> byName(List<PeerFigure> figures) {
        Map<String, PeerFigure> m = new LinkedHashMap<>();
        figures.forEach(f -> m.put(f.name(), f));
        return m;
    }

    private static Double median(List<Double> values) {
        return values.isEmpty() ? null : Summary.of(values.stream().mapToDouble(Double::doubleValue).toArray()).median();
    }

    private static String fmt(double v) {
        return Math.abs(v) >= 1000 ? String.format(Locale.ROOT, "%,.0f", v) : String.format(Locale.ROOT, "%.3g", v);
    }
}
