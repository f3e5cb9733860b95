package org.par4j.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A non-daemon JvmProcess keeps its parent JVM alive; a daemon one dies with it. */
class DaemonProcessTest {
    private static final double FACTOR = Double.parseDouble(System.getProperty("par4j.test.timeoutFactor", "1"));

    private static Process parent(String mode) throws Exception {
        return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow",
                "-cp", System.getProperty("java.class.path"), ProcessHolderMain.class.getName(), mode)
                .redirectErrorStream(true).start();
    }

    @Test
    void shouldKeepParentAliveUntilNonDaemonChildExits() throws Exception {
        long t0 = System.nanoTime();
        Process p = parent("nondaemon");
        assertThat(p.waitFor((long) (60_000 * FACTOR), TimeUnit.MILLISECONDS)).isTrue();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(out).contains("main done").contains("child done");
        assertThat(out.indexOf("child done")).isGreaterThan(out.indexOf("main done"));
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(System.nanoTime() - t0).isGreaterThan(TimeUnit.MILLISECONDS.toNanos(1_500));
    }

    @Test
    void shouldKillDaemonChildWhenParentExits() throws Exception {
        Process p = parent("daemon");
        assertThat(p.waitFor((long) (30_000 * FACTOR), TimeUnit.MILLISECONDS)).isTrue();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(out).contains("main done").doesNotContain("child done");
        long pid = Long.parseLong(out.lines().filter(l -> l.startsWith("PID ")).findFirst().orElseThrow()
                .substring(4).trim());
        long deadline = System.nanoTime() + (long) (2_000_000_000L * FACTOR);
        while (isRunning(pid) && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        boolean running = isRunning(pid);
        if (running) {
            ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
        }
        assertThat(running).as("daemon child %d still running after its parent exited", pid).isFalse();
    }

    private static boolean isRunning(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            char state = stat.charAt(stat.lastIndexOf(')') + 2);
            return state != 'Z' && state != 'X';
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
