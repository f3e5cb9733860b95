package org.par4j.bench.fit;

/**
 * Amdahl's law: with a serial fraction f, p workers run a fixed problem in T(p) = T1 (f + (1 - f) / p),
 * a speedup of 1 / (f + (1 - f) / p), never more than 1 / f. Gustafson's scaled speedup for a problem
 * that grows with the workers is p - f (p - 1).
 *
 * @param serialFraction f, between 0 and 1
 * @param oneWorkerSeconds T1 as fitted (not necessarily the measured one)
 */
public record AmdahlModel(double serialFraction, double oneWorkerSeconds) {

    /**
     * @param workers p
     * @return the predicted speedup over one worker
     */
    public double speedup(double workers) {
        return 1 / (serialFraction + (1 - serialFraction) / workers);
    }

    /** @return the speedup limit 1 / f (infinite when f is 0) */
    public double speedupLimit() {
        return serialFraction <= 0 ? Double.POSITIVE_INFINITY : 1 / serialFraction;
    }

    /**
     * @param workers p
     * @return Gustafson's scaled speedup, p - f (p - 1)
     */
    public double scaledSpeedup(double workers) {
        return workers - serialFraction * (workers - 1);
    }
}
