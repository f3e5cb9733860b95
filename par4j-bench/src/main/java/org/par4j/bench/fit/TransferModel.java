package org.par4j.bench.fit;

/**
 * The course's model of a message transfer, T(s) = mu + s / B: a start-up latency {@code mu} and a
 * bandwidth {@code B}.
 *
 * @param latencySeconds mu, the time of a zero-byte message, in seconds
 * @param bytesPerSecond B, the asymptotic bandwidth, in bytes per second
 */
public record TransferModel(double latencySeconds, double bytesPerSecond) {

    /**
     * @param bytes message size s
     * @return the predicted transfer time T(s) in seconds
     */
    public double seconds(double bytes) {
        return latencySeconds + bytes / bytesPerSecond;
    }

    /**
     * @param bytes message size s
     * @return the predicted effective bandwidth s / T(s), in bytes per second
     */
    public double effectiveBandwidth(double bytes) {
        return bytes / seconds(bytes);
    }
}
