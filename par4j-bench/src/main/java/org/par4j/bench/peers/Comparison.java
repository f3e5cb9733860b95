package org.par4j.bench.peers;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * par4j's figures and the peers' side by side, from the same run on the same machine, with the
 * ratio par4j / peer (below 1: par4j takes less time; for rates, above 1: par4j does more).
 */
public final class Comparison {
    private Comparison() {
    }

    /**
     * @param ours par4j's medians by case name
     * @param units par4j's units by case name
     * @param theirs the peers' figures
     * @param pairings which of ours goes with which of theirs
     * @return the table, one pairing a line; a pairing whose side is missing says so
     */
    public static String table(Map<String, Double> ours, Map<String, String> units, List<PeerFigure> theirs,
            List<Pairing> pairings) {
        Map<String, PeerFigure> byName = theirs.stream()
                .collect(Collectors.toMap(PeerFigure::name, Function.identity(), (a, b) -> b));
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-44s %12s %-48s %12s %8s %8s%n",
                "par4j", "median", "peer", "median", "ratio", "target"));
        for (Pairing p : pairings) {
            Double mine = ours.get(p.par4jCase());
            PeerFigure peer = byName.get(p.peerCase());
            String unit = units.getOrDefault(p.par4jCase(), "");
            sb.append(String.format(Locale.ROOT, "%-44s %12s %-48s %12s %8s %8s%n", p.par4jCase(),
                    mine == null ? "not run" : fmt(mine) + " " + unit, p.peerCase(),
                    peer == null ? "not run" : fmt(peer.median()) + " " + peer.unit(),
                    mine == null || peer == null ? "-" : String.format(Locale.ROOT, "%.3f", mine / peer.median()),
                    p.target()));
        }
        return sb.toString();
    }

    private static String fmt(double v) {
        return Math.abs(v) >= 1000 ? String.format(Locale.ROOT, "%,.0f", v) : String.format(Locale.ROOT, "%.3g", v);
    }
}
