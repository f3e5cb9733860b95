package org.par4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchScalingCommandTest {
    @TempDir
    Path dir;

    @Test
    void shouldScaleACommandAndWriteTableAndPlotsForTheReport() throws Exception {
        Path out = dir.resolve("results");
        CliRunner.Result r = new CliRunner(dir).run("bench", "scaling", "--workers", "1,2", "--repeat", "1",
                "--out", out.toString(), "--", "sh", "-c", "sleep 0.{n}");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("Strong scaling of sh -c sleep 0.{n}").contains("cores").contains("speedup")
                .contains("efficiency").contains("Amdahl fit").contains("load average");
        assertThat(out.resolve("scaling.txt")).exists();
        assertThat(out.resolve("scaling-speedup.png")).exists();
        assertThat(out.resolve("scaling-speedup.svg")).exists();

        CliRunner.Result report = new CliRunner(dir).run("bench", "report", out.toString());
        assertThat(report.status()).as(report.err()).isZero();
        assertThat(Files.readString(out.resolve("index.html"))).contains("Strong scaling").contains("data:image/png");
    }

    @Test
    void shouldScaleTheBuiltInPiOnThreadsWeakly() throws Exception {
        CliRunner.Result r = new CliRunner(dir).run("bench", "scaling", "--backend", "threads", "--weak",
                "--size", "2000000", "--workers", "1,2", "--repeat", "1");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("Weak scaling of Monte Carlo pi, 2,000,000 darts per worker, thread pool")
                .contains("Gustafson");
    }

    @Test
    void shouldSayWhatIsMissingWhenThePeersCannotRun() throws Exception {
        CliRunner.Result r = new CliRunner(dir).run("bench", "scaling", "--backend", "threads", "--size", "200000",
                "--workers", "1,2", "--repeat", "1", "--compare", "--peers", dir.resolve("nowhere").toString());
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.out()).contains("Strong scaling").contains("cannot compare: no peer benchmarks at");
    }

    @Test
    void shouldNameBadInput() throws Exception {
        CliRunner.Result one = new CliRunner(dir).run("bench", "scaling", "--workers", "1", "--", "true");
        assertThat(one.status()).isEqualTo(2);
        assertThat(one.err()).contains("--workers needs at least two counts");
        CliRunner.Result empty = new CliRunner(dir).run("bench", "report", dir.toString());
        assertThat(empty.status()).isNotZero();
        assertThat(empty.err()).contains("no bench results");
    }
}
