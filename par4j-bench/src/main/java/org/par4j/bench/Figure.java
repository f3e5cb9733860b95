package org.par4j.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One reported figure: what was measured, in which unit, its summary over repetitions, and optional
 * percentiles. The JSON form uses the keys of the peer benchmarks ({@code ../shared/peers}): bench,
 * case, unit, median, min, max, n, so par4j's figures can be tabled next to theirs.
 *
 * @param bench the benchmark ({@code "overhead"}, {@code "pool"})
 * @param name the case, saying exactly what one sample times
 * @param unit the unit of every value ({@code "ms"}, {@code "us"}, {@code "tasks/s"})
 * @param summary median, min, max over the samples
 * @param percentiles extra figures such as {@code p99}, in {@code unit}, in insertion order
 */
public record Figure(String bench, String name, String unit, Summary summary, Map<String, Double> percentiles) {

    /** Checks and copies. */
    public Figure {
        Objects.requireNonNull(bench, "bench");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(summary, "summary");
        percentiles = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(percentiles));
    }

    /**
     * @param bench the benchmark
     * @param name the case
     * @param unit the unit
     * @param summary the summary
     */
    public Figure(String bench, String name, String unit, Summary summary) {
        this(bench, name, unit, summary, Map.of());
    }
}
