package org.par4j.bench.scaling;

import java.util.Arrays;

/**
 * The repeated run times at one worker count.
 *
 * @param workers the worker or rank count
 * @param seconds one run time per repetition
 */
public record ScalingPoint(int workers, double[] seconds) {

    /** Copies and checks the times. */
    public ScalingPoint {
        if (workers < 1 || seconds.length == 0) {
            throw new IllegalArgumentException("a scaling point needs workers >= 1 and at least one time");
        }
        seconds = seconds.clone();
    }

    /** @return the median run time */
    public double median() {
        double[] s = seconds.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }

    /** @return the fastest run */
    public double min() {
        return Arrays.stream(seconds).min().orElseThrow();
    }

    /** @return the slowest run */
    public double max() {
        return Arrays.stream(seconds).max().orElseThrow();
    }
}
