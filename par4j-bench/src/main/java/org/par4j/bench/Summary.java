package org.par4j.bench;

import java.util.Arrays;

/**
 * Median, minimum, maximum and mean of a set of samples: what every par4j figure reports.
 *
 * <pre>{@code
 * Summary s = Summary.of(new double[] {3, 1, 2});   // median 2, min 1, max 3
 * }</pre>
 *
 * @param median the middle sample (the mean of the two middle ones for an even count)
 * @param min the smallest sample
 * @param max the largest sample
 * @param mean the arithmetic mean
 * @param count how many samples
 */
public record Summary(double median, double min, double max, double mean, int count) {

    /**
     * @param samples at least one sample, in any order (not modified)
     * @return their summary
     * @throws IllegalArgumentException if there are no samples
     */
    public static Summary of(double... samples) {
        if (samples.length == 0) {
            throw new IllegalArgumentException("no samples to summarise");
        }
        double[] s = samples.clone();
        Arrays.sort(s);
        int n = s.length;
        double median = n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
        double sum = 0;
        for (double v : s) {
            sum += v;
        }
        return new Summary(median, s[0], s[n - 1], sum / n, n);
    }

    /**
     * @param factor multiplier, for a change of unit
     * @return this summary with every value multiplied by {@code factor}
     */
    public Summary scaled(double factor) {
        return new Summary(median * factor, min * factor, max * factor, mean * factor, count);
    }
}
