package org.par4j.bench.scaling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScalingReportTest {

    @Test
    void shouldComputeSpeedupEfficiencyAndAmdahlForStrongScaling() {
        // T(p) = 10 (0.1 + 0.9 / p): serial fraction 0.1
        List<ScalingPoint> pts = List.of(new ScalingPoint(1, new double[] {10, 11, 9}),
                new ScalingPoint(2, new double[] {5.5}), new ScalingPoint(4, new double[] {3.25}));
        ScalingReport r = new ScalingReport("synthetic", "everything", ScalingMode.STRONG, pts);
        assertThat(r.speedup(pts.get(1))).isCloseTo(10 / 5.5, within(1e-12));
        assertThat(r.efficiency(pts.get(2))).isCloseTo(10 / 3.25 / 4, within(1e-12));
        assertThat(r.fit().serialFraction()).isCloseTo(0.1, within(1e-9));
        assertThat(r.toString()).contains("Strong scaling of synthetic").contains("serial fraction f = 0.1000")
                .contains("speedup limit 1/f = 10.0").contains("median of 3 run(s)");
    }

    @Test
    void shouldComputeScaledSpeedupForWeakScaling() {
        // serial part 1 s, parallel part 9 s per worker: T(p) = 10 for every p -> f = 0 and perfect scaling
        List<ScalingPoint> flat = List.of(new ScalingPoint(1, new double[] {10}), new ScalingPoint(4, new double[] {10}));
        ScalingReport r = new ScalingReport("flat", "everything", ScalingMode.WEAK, flat);
        assertThat(r.speedup(flat.get(1))).isCloseTo(4, within(1e-12));
        assertThat(r.fit().serialFraction()).isZero();
        // S(p) = p - 0.2 (p - 1) at p = 4 is 3.4, so T(4) = 4 * 10 / 3.4
        List<ScalingPoint> lossy = List.of(new ScalingPoint(1, new double[] {10}),
                new ScalingPoint(4, new double[] {40 / 3.4}));
        ScalingReport w = new ScalingReport("lossy", "everything", ScalingMode.WEAK, lossy);
        assertThat(w.fit().serialFraction()).isCloseTo(0.2, within(1e-9));
        assertThat(w.toString()).contains("Gustafson").contains("scaled speedup at 4 workers");
    }

    @Test
    void shouldRefuseFewerThanTwoCounts() {
        assertThatThrownBy(() -> new ScalingReport("x", "y", ScalingMode.STRONG,
                List.of(new ScalingPoint(1, new double[] {1})))).hasMessageContaining("at least two worker counts");
    }
}
