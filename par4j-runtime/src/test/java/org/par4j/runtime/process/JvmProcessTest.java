package org.par4j.runtime.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.par4j.JvmProcess;
import org.par4j.NotSerializableTaskException;
import org.par4j.runtime.testing.DumpThreadsOnTimeout;
import org.par4j.runtime.testing.NoLeftoverProcesses;
import org.par4j.runtime.testing.Timeouts;

/** {@link JvmProcess}: lifecycle, exit codes, signals and output. */
@ExtendWith({NoLeftoverProcesses.class, DumpThreadsOnTimeout.class})
class JvmProcessTest {

    private static Duration patience(double seconds) {
        return Timeouts.seconds(seconds);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void shouldExitWithZeroAfterRunning() throws Exception {
        JvmProcess p = new JvmProcess("ok", () -> { });
        assertThat(p.pid()).isEqualTo(-1);
        assertThat(p.exitCode()).isEmpty();
        p.start();
        assertThat(p.pid()).isPositive().isNotEqualTo(ProcessHandle.current().pid());
        assertThat(p.join(patience(30))).isTrue();
        assertThat(p.isAlive()).isFalse();
        assertThat(p.exitCode()).hasValue(0);
        assertThat(p.toString()).contains("name='ok'").contains("exitcode=0");
    }

    @Test
    void shouldEndOnlyAfterTheThreadsItsTargetStarted(@TempDir Path dir) throws Exception {
        // As in Python, the process's end waits for the non-daemon threads its target left running.
        String done = dir.resolve("done").toString();
        JvmProcess p = new JvmProcess("threads", () -> Thread.ofPlatform().start(() -> {
            sleep(300);
            try {
                Files.writeString(Path.of(done), "written");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }));
        p.start();
        assertThat(p.join(patience(30))).isTrue();
        assertThat(p.exitCode()).hasValue(0);
        assertThat(Path.of(done)).hasContent("written");
    }

    @Test
    void shouldExitWithOneAndPrintTraceOnUncaughtException() throws Exception {
        PrintStream saved = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        JvmProcess p;
        try {
            p = new JvmProcess("thrower", () -> {
                throw new IllegalStateException("child failed");
            }).start();
            assertThat(p.join(patience(30))).isTrue();
        } finally {
            System.setErr(saved);
        }
        assertThat(p.exitCode()).hasValue(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Process thrower:")
                .contains("java.lang.IllegalStateException: child failed").contains("at ");
    }

    @Test
    void shouldReportSystemExitCode() throws Exception {
        JvmProcess p = new JvmProcess("three", () -> System.exit(3)).start();
        assertThat(p.join(patience(30))).isTrue();
        assertThat(p.exitCode()).hasValue(3);
    }

    @Test
    void shouldReportMinusNineWhenKilled() throws Exception {
        JvmProcess p = new JvmProcess("sleeper", () -> sleep(120_000)).start();
        assertThat(p.join(Duration.ofMillis(200))).isFalse();
        assertThat(p.isAlive()).isTrue();
        p.kill();
        assertThat(p.join(patience(10))).isTrue();
        assertThat(p.exitCode()).hasValue(-9);
    }

    @Test
    void shouldReportMinusFifteenWhenTerminated() throws Exception {
        JvmProcess p = new JvmProcess("sleeper", () -> sleep(120_000)).start();
        sleep(300);
        p.terminate();
        assertThat(p.join(patience(10))).isTrue();
        assertThat(p.exitCode()).hasValue(-15);
    }

    @Test
    void shouldKeepNameAndDaemonFlag() throws Exception {
        JvmProcess p = new JvmProcess(() -> { }).name("renamed").daemon(true);
        assertThat(p.name()).isEqualTo("renamed");
        assertThat(p.isDaemon()).isTrue();
        p.start();
        assertThatThrownBy(p::start).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> p.daemon(false)).isInstanceOf(IllegalStateException.class);
        assertThat(p.join(patience(30))).isTrue();
        assertThatThrownBy(() -> new JvmProcess(() -> { }).join()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void shouldFailAtStartForUnserializableCapture() {
        Object captured = new Object();
        JvmProcess p = new JvmProcess("bad", () -> System.out.println(captured));
        assertThatThrownBy(p::start).isInstanceOf(NotSerializableTaskException.class)
                .hasMessageContaining("java.lang.Object");
        assertThat(p.pid()).isEqualTo(-1);
    }

    @Test
    void shouldPassChildOutputLineByLineWithoutInterleaving() throws Exception {
        PrintStream saved = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        int lines = 2000;
        try {
            JvmProcess a = new JvmProcess("a", () -> printLines('a', lines)).start();
            JvmProcess b = new JvmProcess("b", () -> printLines('b', lines)).start();
            assertThat(a.join(patience(60))).isTrue();
            assertThat(b.join(patience(60))).isTrue();
        } finally {
            System.setOut(saved);
        }
        Map<Character, Integer> counts = new HashMap<>();
        for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
            assertThat(line).matches("[ab]:\\d+:([ab])\\1{499}");
            char who = line.charAt(0);
            assertThat(line.charAt(line.length() - 1)).isEqualTo(who);
            counts.merge(who, 1, Integer::sum);
        }
        assertThat(counts).isEqualTo(Map.of('a', lines, 'b', lines));
    }

    private static void printLines(char c, int lines) {
        String body = String.valueOf(c).repeat(500);
        for (int i = 0; i < lines; i++) {
            // print in pieces so that only whole-line pumping keeps lines intact
            System.out.print(c + ":" + i + ":");
            System.out.print(body.substring(0, 250));
            System.out.flush();
            System.out.println(body.substring(250));
        }
    }

    @Test
    void shouldMapExitStatuses() {
        assertThat(List.of(0, 1, 3, 128, 137, 143, 200).stream()
                .map(org.par4j.runtime.spawn.ExitStatus::of).toList())
                .containsExactly(0, 1, 3, 128, -9, -15, 200);
    }
}
