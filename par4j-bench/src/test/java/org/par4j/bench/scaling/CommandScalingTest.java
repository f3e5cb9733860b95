package org.par4j.bench.scaling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommandScalingTest {

    @Test
    void shouldSubstituteWorkerCountAndSizeAndTimeEachRun() {
        // sleeps size/n milliseconds: perfectly parallel work on top of the shell's own start-up
        List<String> cmd = List.of("sh", "-c", "test \"$PAR4J_WORKERS\" = {n} && sleep $(( {size} / {n} ))e-3");
        ScalingReport r = CommandScaling.run(cmd, List.of(1, 4), 1, ScalingMode.STRONG, 400, Duration.ofSeconds(30));
        assertThat(r.points()).extracting(ScalingPoint::workers).containsExactly(1, 4);
        assertThat(r.points().get(0).median()).isGreaterThanOrEqualTo(0.4);
        assertThat(r.points().get(1).median()).isGreaterThanOrEqualTo(0.1).isLessThan(r.points().get(0).median());
        assertThat(r.includes()).contains("JVM start-up included");
    }

    @Test
    void shouldReportAFailingCommandWithItsLastWords() {
        List<String> cmd = List.of("sh", "-c", "echo about to fail; exit 3");
        assertThatThrownBy(() -> CommandScaling.run(cmd, List.of(1, 2), 1, ScalingMode.STRONG, 1, Duration.ofSeconds(30)))
                .hasMessageContaining("exited with 3").hasMessageContaining("about to fail");
    }

    @Test
    void shouldKillACommandThatRunsTooLong() {
        List<String> cmd = List.of("sleep", "30");
        assertThatThrownBy(() -> CommandScaling.run(cmd, List.of(1, 2), 1, ScalingMode.STRONG, 1, Duration.ofMillis(300)))
                .hasMessageContaining("ran longer than");
    }

    @Test
    void shouldRefuseAnEmptyCommandOrRepeat() {
        assertThatThrownBy(() -> CommandScaling.run(List.of(), List.of(1, 2), 1, ScalingMode.STRONG, 1, Duration.ofSeconds(1)))
                .hasMessageContaining("no command");
        assertThatThrownBy(() -> CommandScaling.run(List.of("true"), List.of(1, 2), 0, ScalingMode.STRONG, 1,
                Duration.ofSeconds(1))).hasMessageContaining("--repeat");
    }
}
