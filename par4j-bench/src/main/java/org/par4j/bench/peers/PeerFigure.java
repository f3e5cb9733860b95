package org.par4j.bench.peers;

/**
 * One figure measured by a peer script in {@code ../shared/peers} (one line of its JSON output).
 *
 * @param bench the peer item, such as "2 pool"
 * @param name the case, such as "Pool(2).map chunksize=1: per-task"
 * @param unit its unit
 * @param median the median
 */
public record PeerFigure(String bench, String name, String unit, double median) {
}
