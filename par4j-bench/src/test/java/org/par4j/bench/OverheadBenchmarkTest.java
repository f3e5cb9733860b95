package org.par4j.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class OverheadBenchmarkTest {

    @Test
    void shouldMeasureAllFiveWaysAndTheFloorAsRealUserSys() throws Exception {
        BenchReport r = OverheadBenchmark.run(new OverheadBenchmark.Settings(2, 0, 1, 0));
        List<String> cases = List.of("no parallelism (task run in this JVM)", "JvmProcess start+join",
                "Pool.processes(1) create+map([1])+close", "Pool.processes(2) create+map([1])+close",
                "Pool.threads(2) create+map([1])+close", "2 bare JVMs start+join (floor)");
        assertThat(r.table().rows()).extracting(row -> row.get(0)).containsExactlyElementsOf(cases);
        assertThat(r.figures()).hasSize(18);
        for (String c : cases) {
            assertThat(r.figure(c + ": real").unit()).isEqualTo("ms");
            assertThat(r.figure(c + ": real").summary().count()).isEqualTo(1);
            assertThat(r.figure(c + ": user").summary().median()).isGreaterThanOrEqualTo(0);
            assertThat(r.figure(c + ": sys").summary().median()).isGreaterThanOrEqualTo(0);
        }
        // a worker JVM cannot start, run and exit in under 10 ms; its CPU time counts once reaped
        assertThat(r.figure("JvmProcess start+join: real").summary().median()).isGreaterThan(10);
        assertThat(r.figure("Pool.processes(1) create+map([1])+close: user").summary().median()
                + r.figure("Pool.processes(1) create+map([1])+close: sys").summary().median()).isGreaterThan(10);
        // the floor starts real JVMs too, and they are counted once reaped
        assertThat(r.figure("2 bare JVMs start+join (floor): real").summary().median()).isGreaterThan(5);
        assertThat(r.figure("2 bare JVMs start+join (floor): user").summary().median()).isGreaterThan(5);
        assertThat(r.settings()).containsEntry("workers", 2).containsEntry("repetitions", 1);
    }

    @Test
    void shouldSpinForRequestedCpuTime() throws Exception {
        long before = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        assertThat(OverheadBenchmark.spin(30, 3)).isEqualTo(9);
        long used = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - before;
        assertThat(used).isBetween(30_000_000L, 1_000_000_000L);
        assertThat(OverheadBenchmark.spin(0, 7)).isEqualTo(49);
    }

    @Test
    void shouldRejectBadSettings() {
        assertThatThrownBy(() -> new OverheadBenchmark.Settings(0, 0, 1, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("workers >= 1");
        assertThatThrownBy(() -> new OverheadBenchmark.Settings(1, 0, 0, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("repetitions >= 1");
    }
}
