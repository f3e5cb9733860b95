package org.par4j.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PoolBenchmarkTest {

    @Test
    void shouldReportEveryCaseForBothBackends() throws Exception {
        BenchReport r = PoolBenchmark.run(new PoolBenchmark.Settings(2, 1000, 0, 2, 20,
                List.of(PoolBenchmark.Backend.THREADS, PoolBenchmark.Backend.PROCESSES)));
        assertThat(r.table().rows()).extracting(row -> row.get(0)).containsExactly(
                "serial loop in this JVM (reference)",
                "Pool.threads(2).map auto chunks", "Pool.threads(2).map chunksize 1",
                "Pool.threads(2).imapUnordered chunksize 1", "Pool.threads(2).applyAsync(square, 3).get() round trip",
                "Pool.processes(2).map auto chunks", "Pool.processes(2).map chunksize 1",
                "Pool.processes(2).imapUnordered chunksize 1",
                "Pool.processes(2).applyAsync(square, 3).get() round trip");
        Figure perTask = r.figure("Pool.processes(2).map chunksize 1: per task");
        assertThat(perTask.unit()).isEqualTo("us");
        assertThat(perTask.summary().count()).isEqualTo(2);
        Figure rate = r.figure("Pool.processes(2).map chunksize 1: tasks/s");
        // tasks/s and per-task time are two views of the same samples
        assertThat(rate.summary().max() * perTask.summary().min()).isCloseTo(1e6, org.assertj.core.api.Assertions.within(1.0));
        Figure apply = r.figure("Pool.processes(2).applyAsync(square, 3).get() round trip");
        assertThat(apply.summary().count()).isEqualTo(20);
        assertThat(apply.percentiles()).containsKeys("p50", "p90", "p99", "p99.9");
        assertThat(apply.percentiles().get("p99")).isGreaterThanOrEqualTo(apply.percentiles().get("p50"));
        assertThat(apply.summary().min()).isPositive();
    }

    @Test
    void shouldMeasureOnlyChosenBackend() throws Exception {
        BenchReport r = PoolBenchmark.run(new PoolBenchmark.Settings(1, 100, 0, 1, 5,
                List.of(PoolBenchmark.Backend.THREADS)));
        assertThat(r.table().rows()).hasSize(5);
        assertThat(r.figures()).noneMatch(f -> f.name().contains("processes"));
    }

    @Test
    void shouldRejectBadSettings() {
        assertThatThrownBy(() -> new PoolBenchmark.Settings(2, 0, 0, 1, 1, List.of(PoolBenchmark.Backend.THREADS)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("need workers, tasks");
        assertThatThrownBy(() -> new PoolBenchmark.Settings(2, 10, 0, 1, 1, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
