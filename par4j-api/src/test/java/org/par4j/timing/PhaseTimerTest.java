package org.par4j.timing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class PhaseTimerTest {

    /**
     * A fixed amount of CPU work (about 0.2 s): on a loaded machine it takes longer, not less CPU. A
     * chain of square roots, each needing the last, which no compiler can shorten.
     */
    private static void busy() {
        double x = 0;
        for (int i = 0; i < 30_000_000; i++) {
            x = Math.sqrt(x + i);
        }
        assertThat(x).isPositive();
    }

    @Test
    void shouldGiveTheCoursesSixIntervalsAndTheWholeProcess() throws InterruptedException {
        PhaseTimer timer = PhaseTimer.start();
        Thread.sleep(20);
        timer.mark("init");
        busy();
        timer.mark("compute");
        timer.mark("finalize");
        PhaseTimes t = timer.times();
        assertThat(t.intervals()).extracting(PhaseTimes.Interval::label).containsExactly(
                "init", "compute", "finalize", "init..compute", "compute..finalize", "init..finalize",
                "whole process (JVM start-up included)");
        assertThat(t.seconds("init")).isGreaterThanOrEqualTo(0.019);
        assertThat(t.seconds("compute")).isPositive();
        PhaseTimes.Interval all = t.intervals().get(5);
        assertThat(all.wallSeconds()).isCloseTo(t.seconds("init") + t.seconds("compute") + t.seconds("finalize"),
                within(1e-9));
        // sleeping costs no CPU; spinning does: the CPU column tells them apart
        assertThat(t.intervals().get(1).cpuSeconds()).isGreaterThan(t.intervals().get(0).cpuSeconds());
        assertThat(t.intervals().get(6).wallSeconds()).isGreaterThan(all.wallSeconds());
        assertThat(t.toString()).contains("init..finalize").contains("cpu/wall");
    }

    @Test
    void shouldNameTheMissingPhase() {
        PhaseTimer timer = PhaseTimer.start();
        timer.mark("init");
        assertThatThrownBy(() -> timer.times().seconds("compute")).hasMessageContaining("no phase named 'compute'")
                .hasMessageContaining("[init]");
    }

    @Test
    void shouldSummariseParticipantsAndFindTheSlowest() {
        List<PhaseTimes> all = List.of(times(1, 4), times(2, 9), times(3, 5));
        PhaseSummary s = PhaseSummary.of(all);
        PhaseSummary.Row compute = s.rows().get(1);
        assertThat(compute.phase()).isEqualTo("compute");
        assertThat(compute.min()).isEqualTo(4);
        assertThat(compute.median()).isEqualTo(5);
        assertThat(compute.max()).isEqualTo(9);
        assertThat(compute.slowest()).isEqualTo(1);
        assertThat(s.rows().getLast().phase()).isEqualTo("total");
        assertThat(s.rows().getLast().max()).isEqualTo(11);
        assertThat(s.toString()).contains("slowest");
    }

    @Test
    void shouldRefuseParticipantsWithDifferentPhases() {
        PhaseTimes other = new PhaseTimes(List.of(new PhaseTimes.Mark("start", 0, 0),
                new PhaseTimes.Mark("setup", 1, 1)), 0, 9);
        assertThatThrownBy(() -> PhaseSummary.of(List.of(times(1, 1), other)))
                .hasMessageContaining("participant 1 has phases [setup]");
        assertThatThrownBy(() -> PhaseSummary.of(List.of())).hasMessageContaining("no phase times");
    }

    private static PhaseTimes times(double init, double compute) {
        long i = (long) (init * 1e9);
        long c = (long) (compute * 1e9);
        return new PhaseTimes(List.of(new PhaseTimes.Mark("start", 0, 0), new PhaseTimes.Mark("init", i, i),
                new PhaseTimes.Mark("compute", i + c, i + c)), 0, 1);
    }
}
