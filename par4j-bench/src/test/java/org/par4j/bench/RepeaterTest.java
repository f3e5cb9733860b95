package org.par4j.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RepeaterTest {

    @Test
    void shouldRunWarmupsThenKeepOneSamplePerRepetition() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        List<Repeater.Sample> samples = Repeater.run(3, 5, calls::incrementAndGet);
        assertThat(calls).hasValue(8);
        assertThat(samples).hasSize(5);
    }

    @Test
    void shouldTimeWallClockOfEachRun() throws Exception {
        List<Repeater.Sample> samples = Repeater.run(0, 3, () -> Thread.sleep(20));
        assertThat(samples).allSatisfy(s -> assertThat(s.realNanos()).isGreaterThanOrEqualTo(20_000_000L));
        assertThat(Repeater.realMillis(samples).min()).isGreaterThanOrEqualTo(20);
    }

    @Test
    void shouldCountCpuTimeOfBusyRunAsUserTime() throws Exception {
        List<Repeater.Sample> samples = Repeater.run(0, 1, () -> OverheadBenchmark.spin(100, 1));
        // 100 ms of CPU spent spinning: nearly all of it user time (accounting is not exact to the tick)
        assertThat(samples.getFirst().userNanos()).isGreaterThan(75_000_000L);
        assertThat(Repeater.userMillis(samples).median()).isGreaterThan(75);
        assertThat(samples.getFirst().realNanos()).isGreaterThanOrEqualTo(samples.getFirst().userNanos() / 2);
    }

    @Test
    void shouldPassOnActionFailure() {
        assertThatThrownBy(() -> Repeater.run(0, 2, () -> {
            throw new IOException("broken");
        })).isInstanceOf(IOException.class).hasMessage("broken");
    }

    @Test
    void shouldRejectNoRepetitions() {
        assertThatThrownBy(() -> Repeater.run(0, 0, () -> { }))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("repetitions >= 1");
    }
}
