package org.par4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code par4j bench pingpong} and {@code bench collectives}, on tiny sizes: tables, JSON and plots. */
class BenchMessagePassingCommandTest {
    @TempDir
    Path dir;

    @Test
    void shouldPrintPingPongTableFitsAndPlots() throws Exception {
        Path out = dir.resolve("results");
        CliRunner.Result r = new CliRunner(dir).run("bench", "pingpong", "--max", "4096", "--rounds", "1",
                "--iterations", "50", "--json", dir.resolve("pp.json").toString(), "--out", out.toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("# Size").contains("Latency(us)").contains("4096").contains("relative-error fit");
        assertThat(Files.readString(dir.resolve("pp.json"))).contains("\"benchmark\":\"pingpong\"");
        assertThat(out.resolve("pingpong-auto.txt")).exists();
        assertThat(out.resolve("pingpong-auto-bandwidth.png")).exists();
    }

    @Test
    void shouldPrintCollectivesTableAndPlot() throws Exception {
        Path out = dir.resolve("results");
        CliRunner.Result r = new CliRunner(dir).run("bench", "collectives", "--max", "64", "--iterations", "20", "--warm-up", "10",
                "--ops", "barrier,bcast,allreduce", "--out", out.toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("barrier").contains("bcast").contains("allreduce").contains("Avg Lat(us)");
        assertThat(out.resolve("collectives.png")).exists();
    }

    @Test
    void shouldRefuseBadSizes() throws Exception {
        CliRunner.Result r = new CliRunner(dir).run("bench", "pingpong", "--min", "100", "--max", "10");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("--min <= --max");
    }
}
