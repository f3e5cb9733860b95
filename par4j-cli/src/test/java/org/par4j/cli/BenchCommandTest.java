package org.par4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchCommandTest {
    @TempDir
    Path dir;

    @Test
    void shouldPrintOverheadTableWithLoadAndWriteJson() throws Exception {
        Path json = dir.resolve("overhead.json");
        CliRunner.Result r = new CliRunner(dir).run("bench", "overhead", "-r", "1", "-w", "0", "--json",
                json.toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("# par4j bench overhead").contains("# load average before: ")
                .contains("JvmProcess start+join").contains("Pool.threads(2) create+map([1])+close")
                .contains("# JSON written to " + json);
        assertThat(Files.readString(json)).startsWith("{").contains("\"bench\": \"overhead\"")
                .contains("\"case\": \"Pool.processes(2) create+map([1])+close: real\"");
    }

    @Test
    void shouldPrintPoolTableForChosenBackendAndWriteJson() throws Exception {
        Path json = dir.resolve("pool.json");
        CliRunner.Result r = new CliRunner(dir).run("bench", "pool", "-t", "500", "-r", "1", "-w", "0",
                "--apply-calls", "10", "--backend", "THREADS", "--json", json.toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("# par4j bench pool").contains("Pool.threads(2).map chunksize 1")
                .doesNotContain("Pool.processes");
        assertThat(Files.readString(json)).contains("\"tasks\": 500").contains("\"p99\"");
    }

    @Test
    void shouldRejectUnknownBackend() throws Exception {
        CliRunner.Result r = new CliRunner(dir).run("bench", "pool", "--backend", "GPUS");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("GPUS").contains("THREADS, PROCESSES");
    }

    @Test
    void shouldLeaveTableAndJsonInOutFolder() throws Exception {
        Path out = dir.resolve("results");
        CliRunner.Result r = new CliRunner(dir).run("bench", "pool", "-t", "200", "-r", "1", "-w", "0",
                "--apply-calls", "5", "--backend", "THREADS", "--out", out.toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(Files.readString(out.resolve("pool.txt"))).contains("# par4j bench pool")
                .contains("Pool.threads(2).map auto chunks");
        assertThat(Files.readString(out.resolve("pool.json"))).contains("\"bench\": \"pool\"");
    }

    @Test
    void shouldFailClearlyWhenPeersAreMissing() throws Exception {
        CliRunner.Result r = new CliRunner(dir).run("bench", "pool", "-t", "200", "-r", "1", "-w", "0",
                "--apply-calls", "5", "--backend", "THREADS", "--compare", "--peers", dir.resolve("none").toString());
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.out()).contains("# cannot compare: no peer benchmarks at");
    }

    @Test
    void shouldTakeCompareRoundsAsAskingForAComparison() throws Exception {
        CliRunner.Result r = new CliRunner(dir).run("bench", "pool", "-t", "200", "-r", "1", "-w", "0",
                "--apply-calls", "5", "--backend", "THREADS", "--compare-rounds", "2", "--peers", dir.resolve("none").toString());
        assertThat(r.status()).as("rounds without --compare still compare").isEqualTo(1);
        assertThat(r.out()).contains("# cannot compare: no peer benchmarks at");
        CliRunner.Result bad = new CliRunner(dir).run("bench", "pool", "-t", "200", "-r", "1", "-w", "0",
                "--apply-calls", "5", "--backend", "THREADS", "--compare", "--compare-rounds", "0");
        assertThat(bad.status()).isNotZero();
        assertThat(bad.out() + bad.err()).contains("--compare-rounds must be at least 1, got 0");
    }

    @Test
    void shouldRefusePeerItemsTheCommandDoesNotCompareWith() throws Exception {
        CliRunner.Result r = new CliRunner(dir).run("bench", "pool", "-t", "200", "-r", "1", "-w", "0",
                "--apply-calls", "5", "--backend", "THREADS", "--compare", "--peer-items", "4",
                "--peers", dir.resolve("none").toString());
        assertThat(r.status()).isNotZero();
        assertThat(r.out() + r.err()).contains("--peer-items 4: this command compares with peer items [2]");
    }
}
