package org.par4j.bench.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class AmdahlFitTest {

    @Test
    void shouldRecoverSerialFractionFromExactTimes() {
        AmdahlModel truth = new AmdahlModel(0.05, 10);
        double[] p = {1, 2, 4, 8, 16};
        double[] t = new double[p.length];
        for (int i = 0; i < p.length; i++) {
            t[i] = 10 / truth.speedup(p[i]);
        }
        AmdahlModel fit = AmdahlFit.fit(p, t);
        assertThat(fit.serialFraction()).isCloseTo(0.05, within(1e-9));
        assertThat(fit.oneWorkerSeconds()).isCloseTo(10, within(1e-9));
        assertThat(fit.speedupLimit()).isCloseTo(20, within(1e-6));
    }

    @Test
    void shouldRecoverSerialFractionUnderNoise() {
        SplittableRandom rnd = new SplittableRandom(7);
        AmdahlModel truth = new AmdahlModel(0.1, 4);
        double[] p = {1, 2, 3, 4, 6, 8, 12, 16};
        double[] t = new double[p.length];
        for (int i = 0; i < p.length; i++) {
            t[i] = 4 / truth.speedup(p[i]) * (1 + 0.02 * (rnd.nextDouble() * 2 - 1));
        }
        assertThat(AmdahlFit.fit(p, t).serialFraction()).isCloseTo(0.1, within(0.02));
    }

    @Test
    void shouldReportPerfectScalingAsZeroSerialFraction() {
        AmdahlModel fit = AmdahlFit.fit(new double[] {1, 2}, new double[] {2.0, 0.99});   // superlinear noise
        assertThat(fit.serialFraction()).isZero();
        assertThat(fit.speedupLimit()).isInfinite();
    }

    @Test
    void shouldComputeGustafsonScaledSpeedup() {
        assertThat(new AmdahlModel(0.1, 1).scaledSpeedup(16)).isCloseTo(16 - 0.1 * 15, within(1e-12));
    }
}
