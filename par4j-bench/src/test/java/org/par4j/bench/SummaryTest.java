package org.par4j.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SummaryTest {

    @Test
    void shouldTakeMiddleSampleOfOddCount() {
        Summary s = Summary.of(9, 1, 5, 3, 7);
        assertThat(s.median()).isEqualTo(5);
        assertThat(s.min()).isEqualTo(1);
        assertThat(s.max()).isEqualTo(9);
        assertThat(s.mean()).isEqualTo(5);
        assertThat(s.count()).isEqualTo(5);
    }

    @Test
    void shouldAverageTwoMiddleSamplesOfEvenCount() {
        Summary s = Summary.of(10, 2, 4, 100);
        assertThat(s.median()).isEqualTo(7);
        assertThat(s.min()).isEqualTo(2);
        assertThat(s.max()).isEqualTo(100);
        assertThat(s.mean()).isEqualTo(29);
    }

    @Test
    void shouldSummariseOneSample() {
        Summary s = Summary.of(3.5);
        assertThat(s.median()).isEqualTo(3.5);
        assertThat(s.min()).isEqualTo(3.5);
        assertThat(s.max()).isEqualTo(3.5);
    }

    @Test
    void shouldNotReorderCallersArray() {
        double[] samples = {3, 1, 2};
        Summary.of(samples);
        assertThat(samples).containsExactly(3, 1, 2);
    }

    @Test
    void shouldAgreeWithSortingOnRandomSamples() {
        SplittableRandom random = new SplittableRandom(7);
        for (int round = 0; round < 100; round++) {
            double[] samples = random.doubles(1 + random.nextInt(50)).toArray();
            double[] sorted = samples.clone();
            java.util.Arrays.sort(sorted);
            int n = sorted.length;
            double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
            Summary s = Summary.of(samples);
            assertThat(s.median()).isEqualTo(median);
            assertThat(s.min()).isEqualTo(sorted[0]);
            assertThat(s.max()).isEqualTo(sorted[n - 1]);
            assertThat(s.mean()).isCloseTo(java.util.Arrays.stream(samples).average().orElseThrow(), within(1e-12));
        }
    }

    @Test
    void shouldScaleEveryValue() {
        Summary s = Summary.of(1, 2, 3).scaled(1000);
        assertThat(s.median()).isEqualTo(2000);
        assertThat(s.min()).isEqualTo(1000);
        assertThat(s.max()).isEqualTo(3000);
        assertThat(s.count()).isEqualTo(3);
    }

    @Test
    void shouldRejectNoSamples() {
        assertThatThrownBy(Summary::of).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no samples");
    }
}
