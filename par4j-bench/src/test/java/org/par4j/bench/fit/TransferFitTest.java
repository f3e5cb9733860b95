package org.par4j.bench.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TransferFitTest {

    private static double[] sizes() {
        double[] s = new double[27];
        for (int i = 0; i < s.length; i++) {
            s[i] = Math.pow(2, i);   // 1 B .. 64 MiB, as the ping-pong benchmark measures
        }
        return s;
    }

    @Test
    void shouldRecoverExactModelWithBothFits() {
        TransferModel truth = new TransferModel(0.4e-6, 9.5e9);
        double[] s = sizes();
        double[] t = new double[s.length];
        for (int i = 0; i < s.length; i++) {
            t[i] = truth.seconds(s[i]);
        }
        for (TransferModel fit : new TransferModel[] {TransferFit.plain(s, t), TransferFit.relative(s, t)}) {
            assertThat(fit.latencySeconds()).isCloseTo(0.4e-6, within(1e-9));
            assertThat(fit.bytesPerSecond()).isCloseTo(9.5e9, within(1e6));
        }
    }

    @Test
    void shouldTrackSmallMessageLatencyUnderNoiseWithRelativeFit() {
        TransferModel truth = new TransferModel(2e-6, 5e9);
        SplittableRandom rnd = new SplittableRandom(42);
        double[] s = sizes();
        double[] t = new double[s.length];
        for (int i = 0; i < s.length; i++) {
            t[i] = truth.seconds(s[i]) * (1 + 0.05 * (rnd.nextDouble() * 2 - 1));   // +-5 % noise
        }
        TransferModel fit = TransferFit.relative(s, t);
        assertThat(fit.latencySeconds()).isCloseTo(2e-6, within(0.2e-6));
        assertThat(fit.bytesPerSecond()).isCloseTo(5e9, within(0.5e9));
    }

    @Test
    void shouldRejectDegenerateInput() {
        assertThatThrownBy(() -> TransferFit.plain(new double[] {8, 8}, new double[] {1e-6, 2e-6}))
                .hasMessageContaining("all message sizes are equal");
        assertThatThrownBy(() -> TransferFit.relative(new double[] {1}, new double[] {1e-6}))
                .hasMessageContaining("at least 2");
        assertThatThrownBy(() -> TransferFit.relative(new double[] {1, 2}, new double[] {1e-6, 0}))
                .hasMessageContaining("not positive");
    }
}
