package org.par4j.bench.mpi;

import org.par4j.bench.fit.TransferFit;
import org.par4j.bench.fit.TransferModel;

/**
 * The ping-pong model T(s) = mu + s / B (Hockney) in the units of OSU tables (microseconds, MB/s),
 * fitted by {@link TransferFit}: the plain fit (dominated by the largest messages, its mu can even
 * come out negative) and the relative-error fit (which tracks the measured small-message latency).
 * Quote the relative one.
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
        return of(TransferFit.plain(sizes, seconds(times)));
    }

    /**
     * @param sizes message sizes in bytes
     * @param times one-way times in microseconds
     * @return the fit minimising the sum of squared relative errors
     */
    public static LatencyFit relative(double[] sizes, double[] times) {
        return of(TransferFit.relative(sizes, seconds(times)));
    }

    /** @return this fit in the units of the plots and the other benchmarks */
    public TransferModel toModel() {
        return new TransferModel(mu / 1e6, bandwidth * 1e6);
    }

    private static LatencyFit of(TransferModel m) {
        return new LatencyFit(m.latencySeconds() * 1e6, m.bytesPerSecond() / 1e6);
    }

    private static double[] seconds(double[] micros) {
        double[] s = new double[micros.length];
        for (int i = 0; i < s.length; i++) {
            s[i] = micros[i] / 1e6;
        }
        return s;
    }

    @Override
    public String toString() {
        return String.format("T(s) = %.3f us + s / (%.2f GB/s)", mu, bandwidth / 1e3);
    }
}
