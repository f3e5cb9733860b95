package org.par4j.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.par4j.launch.fixtures.RankProgram;

/** Real rank JVMs through the local launcher: output, exit status, failures, signals, clean-up. */
class LocalRankLauncherTest {
    private static final double FACTOR = Double.parseDouble(System.getProperty("par4j.test.timeoutFactor", "1"));
    private Set<String> shmBefore;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void recordShm() throws IOException {
        shmBefore = ringFiles();
    }

    @AfterEach
    void shouldLeaveNoRankProcessAndNoRingFile() throws IOException {
        assertThat(ProcessHandle.current().descendants().filter(ProcessHandle::isAlive).toList()).isEmpty();
        Set<String> after = ringFiles();
        after.removeAll(shmBefore);
        assertThat(after).isEmpty();
    }

    private static Set<String> ringFiles() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("/dev/shm"))) {
            return s.map(p -> p.getFileName().toString()).filter(f -> f.matches("par4j-[0-9a-f]{12}-\\d+to\\d+"))
                    .collect(Collectors.toSet());
        }
    }

    private int launch(int n, String transport, boolean tag, String mode) {
        RankJob job = RankJob.of(n, "", RankProgram.class.getName(), mode).withTransport(transport).withTagOutput(tag)
                .withOutput(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return RankLaunchers.byName("local").launch(job);
    }

    @ParameterizedTest
    @ValueSource(strings = {"shm", "tcp", "auto"})
    void shouldRunEveryRankAndForwardTaggedOutput(String transport) {
        assertThat(launch(3, transport, true, "hello")).isZero();
        String text = out.toString(StandardCharsets.UTF_8);
        for (int r = 0; r < 3; r++) {
            assertThat(text).contains("[" + r + "] hello from " + r + " of 3 on ").contains("sum 3");
        }
    }

    @Test
    void shouldStopTheJobAndNameTheRankThatThrewInsideACollective() {
        long t0 = System.nanoTime();
        int status = launch(3, "shm", false, "throw-in-collective");
        assertThat(status).isEqualTo(1);
        assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - t0)).isLessThan((long) (30 * FACTOR));
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("par4j: rank 1 (pid").contains("failed with exit status 1")
                .contains("rank 1 gives up");
    }

    @Test
    void shouldKillRanksThatDoNotStopWhenAnotherExitsNonZero() {
        long t0 = System.nanoTime();
        assertThat(launch(2, "tcp", false, "exit3-others-sleep")).isEqualTo(3);
        assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - t0)).isLessThan((long) (30 * FACTOR));
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("rank 0").contains("exit status 3");
    }

    @Test
    void shouldEndTheJobWithTheAbortCode() {
        assertThat(launch(3, "shm", false, "abort")).isEqualTo(7);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("rank 1 called abort(7)");
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void shouldEndEveryRankWhenTheLauncherIsKilledWithSigkillOrSigterm(boolean sigkill) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process launcher = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), LocalRankLauncher.class.getName(),
                "-n", "2", RankProgram.class.getName(), "sleep").redirectErrorStream(true).start();
        List<Long> pids = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(launcher.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; pids.size() < 2 && (line = r.readLine()) != null; ) {
                if (line.startsWith("ready ")) {
                    pids.add(Long.parseLong(line.substring(line.indexOf("pid ") + 4).trim()));
                }
            }
            assertThat(pids).hasSize(2);
            if (sigkill) {
                launcher.destroyForcibly();
            } else {
                launcher.destroy();
            }
            launcher.waitFor(10, TimeUnit.SECONDS);
            for (long pid : pids) {
                var h = ProcessHandle.of(pid);
                if (h.isPresent()) {
                    assertThat(h.get().onExit().get((long) (20 * FACTOR), TimeUnit.SECONDS).isAlive()).isFalse();
                }
            }
        } finally {
            for (long pid : pids) {
                ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
            }
        }
    }
}
