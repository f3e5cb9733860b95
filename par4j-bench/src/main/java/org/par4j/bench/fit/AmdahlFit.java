package org.par4j.bench.fit;

/**
 * Fits Amdahl's law to a strong-scaling table. T(p) = a + b / p is linear in 1/p, with a = T1 f and
 * b = T1 (1 - f); least squares on relative errors (weights 1/T^2) keeps the short many-worker times
 * from being drowned by the long one-worker time. f is clamped to [0, 1]: noise can push it just
 * outside.
 */
public final class AmdahlFit {
    private AmdahlFit() {
    }

    /**
     * @param workers worker counts p (at least two different ones)
     * @param seconds run time at each count
     * @return the fitted serial fraction and one-worker time
     */
    public static AmdahlModel fit(double[] workers, double[] seconds) {
        double[] inverse = new double[workers.length];
        for (int i = 0; i < workers.length; i++) {
            if (!(workers[i] >= 1)) {
                throw new IllegalArgumentException("worker count " + i + " must be >= 1, got " + workers[i]);
            }
            inverse[i] = 1 / workers[i];
        }
        TransferModel line = TransferFit.relative(inverse, seconds);   // T = a + (1/p) * b
        double a = line.latencySeconds();
        double b = 1 / line.bytesPerSecond();
        double oneWorker = a + b;
        double f = Math.min(1, Math.max(0, a / oneWorker));
        return new AmdahlModel(f, oneWorker);
    }
}
