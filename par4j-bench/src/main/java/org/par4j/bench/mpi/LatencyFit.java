package org.par4j.bench.mpi;

/**
 * Least-squares fits of the ping-pong model T(s) = mu + s / B (Hockney): the plain fit (dominated by
 * the largest messages, its mu can even come out negative) and the relative-error fit (each point
 * weighted by 1 / T^2, which tracks the measured small-message latency). Quote the relative one.
 *
 * @param mu latency in microseconds
 * @param bandwidth asymptotic bandwidth in bytes per microsecond (= MB/s)
 */
public record LatencyFit(double mu, double bandwidth) {

    /**
     * @param sizes message sizes in bytes
     * @param times one-way times in microseconds
     * @return the plain least-squares fit
     */
    public static LatencyFit plain(double[] sizes, double[] times) {
        double[] w = new double[sizes.length];
        java.util.Arrays.fill(w, 1);
        return weighted(sizes, times, w);
    }

    /**
     * @param sizes message sizes in bytes
     * @param times one-way times in microseconds
     * @return the fit minimising the sum of squared relative errors
     */
    public static LatencyFit relative(double[] sizes, double[] times) {
        double[] w = new double[sizes.length];
        for (int i = 0; i < w.length; i++) {
            w[i] = 1 / (times[i] * times[i]);
        }
        return weighted(sizes, times, w);
    }

    private static LatencyFit weighted(double[] s, double[] t, double[] w) {
        double sw = 0, sx = 0, sy = 0, sxx = 0, sxy = 0;
        for (int i = 0; i < s.length; i++) {
            sw += w[i];
            sx += w[i] * s[i];
            sy += w[i] * t[i];
            sxx += w[i] * s[i] * s[i];
            sxy += w[i] * s[i] * t[i];
        }
        double slope = (sw * sxy - sx * sy) / (sw * sxx - sx * sx);
        double mu = (sy - slope * sx) / sw;
        return new LatencyFit(mu, 1 / slope);
    }

    @Override
    public String toString() {
        return String.format("T(s) = %.3f us + s / (%.2f GB/s)", mu, bandwidth / 1e3);
    }
}
