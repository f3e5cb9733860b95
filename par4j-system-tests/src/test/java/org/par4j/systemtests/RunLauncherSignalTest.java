package org.par4j.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code par4j run} outside bin/par4j starts the program in a child JVM: the child must end when the
 * par4j JVM is stopped (SIGTERM) or killed (SIGKILL).
 */
class RunLauncherSignalTest {
    @TempDir
    Path dir;

    private Process startCli() throws Exception {
        Path sleeper = dir.resolve("Sleeper.java");
        Files.writeString(sleeper, """
                public class Sleeper {
                    public static void main(String[] args) throws Exception {
                        System.out.println(ProcessHandle.current().pid());
                        Thread.sleep(120_000);
                    }
                }
                """);
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-Dpar4j.run.cacheDir=" + dir.resolve("cache"),
                "-cp", System.getProperty("java.class.path"), "org.par4j.cli.Par4jCommand", "run", sleeper.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT);
        pb.environment().remove("PAR4J_EXEC_FILE");
        return pb.start();
    }

    private static void assertGone(long pid, long seconds) throws InterruptedException {
        long deadline = System.nanoTime() + Par4jCli.millis(seconds) * 1_000_000L;
        while (running(pid) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(running(pid)).as("program JVM %d still alive %d s after its launcher went", pid, seconds).isFalse();
    }

    /**
     * The orphaned program is reparented to pid 1, which may reap it late; until then it is a zombie,
     * and {@link ProcessHandle#isAlive} counts zombies as alive. A zombie has exited: not running.
     */
    private static boolean running(long pid) {
        if (!ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
            return false;
        }
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            return stat.charAt(stat.lastIndexOf(')') + 2) != 'Z';
        } catch (java.io.IOException | RuntimeException e) {
            return false; // gone between the two looks
        }
    }

    private void stopLauncherAndExpectProgramGone(boolean kill, long seconds) throws Exception {
        Process cli = startCli();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(cli.getInputStream(), StandardCharsets.UTF_8))) {
            long programPid = Long.parseLong(out.readLine().strip());
            assertThat(cli.children().map(ProcessHandle::pid).toList()).contains(programPid);
            if (kill) {
                cli.destroyForcibly();
            } else {
                cli.destroy();
            }
            assertThat(cli.waitFor(Par4jCli.millis(10), TimeUnit.MILLISECONDS)).isTrue();
            assertGone(programPid, seconds);
        } finally {
            cli.descendants().forEach(ProcessHandle::destroyForcibly);
            cli.destroyForcibly();
        }
    }

    @Test
    void shouldStopProgramOnSigtermOfLauncher() throws Exception {
        stopLauncherAndExpectProgramGone(false, 6);
    }

    @Test
    void shouldEndProgramWithinTwoSecondsOfSigkillOfLauncher() throws Exception {
        stopLauncherAndExpectProgramGone(true, 2);
    }
}
