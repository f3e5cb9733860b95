package org.par4j.bench.fit;

/**
 * Fits T(s) = mu + s / B to measured (size, time) points by least squares, two ways.
 *
 * <p>The plain fit minimises absolute errors, so the largest messages dominate it and its mu can be
 * meaningless, even negative. The relative-error fit minimises errors relative to each measured time
 * (weights 1/T^2), so it follows the small-message latency as well as the large-message bandwidth:
 * it is the one to quote. Both are weighted linear regressions of T on s.
 */
public final class TransferFit {
    private TransferFit() {
    }

    /**
     * @param bytes message sizes
     * @param seconds measured one-way times, same length
     * @return the fit minimising the sum of squared absolute errors
     */
    public static TransferModel plain(double[] bytes, double[] seconds) {
        return weighted(bytes, seconds, false);
    }

    /**
     * @param bytes message sizes
     * @param seconds measured one-way times, same length
     * @return the fit minimising the sum of squared relative errors
     */
    public static TransferModel relative(double[] bytes, double[] seconds) {
        return weighted(bytes, seconds, true);
    }

    private static TransferModel weighted(double[] s, double[] t, boolean relative) {
        if (s.length != t.length || s.length < 2) {
            throw new IllegalArgumentException("need at least 2 (size, time) pairs of equal length, got "
                    + s.length + " sizes and " + t.length + " times");
        }
        double sw = 0;
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double sxy = 0;
        for (int i = 0; i < s.length; i++) {
            if (!(t[i] > 0)) {
                throw new IllegalArgumentException("time " + i + " is not positive: " + t[i]);
            }
            double w = relative ? 1 / (t[i] * t[i]) : 1;
            sw += w;
            sx += w * s[i];
            sy += w * t[i];
            sxx += w * s[i] * s[i];
            sxy += w * s[i] * t[i];
        }
        double det = sw * sxx - sx * sx;
        if (det == 0) {
            throw new IllegalArgumentException("all message sizes are equal: bandwidth cannot be fitted");
        }
        double slope = (sw * sxy - sx * sy) / det;
        double intercept = (sy - slope * sx) / sw;
        return new TransferModel(intercept, 1 / slope);
    }
}
