package org.par4j.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A parent JVM killed with SIGKILL leaves no worker behind: all are gone within 2 seconds. */
class ParentKillTest {
    private static final double FACTOR = Double.parseDouble(System.getProperty("par4j.test.timeoutFactor", "1"));

    @Test
    void shouldTakeAllWorkersDownWhenParentIsKilledHard() throws Exception {
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow",
                "-cp", System.getProperty("java.class.path"), PoolHolderMain.class.getName(), "3");
        pb.redirectErrorStream(true);
        Process parent = pb.start();
        try {
            List<Long> pids = readPids(parent);
            assertThat(pids).hasSize(3).allMatch(ParentKillTest::isRunning);
            parent.destroyForcibly();
            assertThat(parent.waitFor((long) (10_000 * FACTOR), TimeUnit.MILLISECONDS)).isTrue();
            long t0 = System.nanoTime();
            long deadline = t0 + (long) (2_000_000_000L * FACTOR);
            while (pids.stream().anyMatch(ParentKillTest::isRunning) && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            List<Long> left = pids.stream().filter(ParentKillTest::isRunning).toList();
            left.forEach(p -> ProcessHandle.of(p).ifPresent(ProcessHandle::destroyForcibly));
            assertThat(left).as("workers still running %s after the parent was killed",
                    Duration.ofNanos(System.nanoTime() - t0)).isEmpty();
            // the dead parent's private socket directory was removed by its workers
            assertThat(rendezvousDir).isNotNull();
            assertThat(Files.exists(rendezvousDir)).as("%s left behind", rendezvousDir).isFalse();
        } finally {
            parent.destroyForcibly();
        }
    }

    private static Path rendezvousDir;

    private static List<Long> readPids(Process parent) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(parent.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<List<Long>> pids = CompletableFuture.supplyAsync(() -> {
            StringBuilder seen = new StringBuilder();
            try {
                for (String line; (line = out.readLine()) != null;) {
                    if (line.startsWith("DIR ")) {
                        rendezvousDir = Path.of(line.substring(4).trim());
                    }
                    if (line.startsWith("PIDS ")) {
                        return Arrays.stream(line.substring(5).trim().split(" ")).map(Long::valueOf).toList();
                    }
                    seen.append(line).append('\n');
                }
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
            throw new IllegalStateException("the parent printed no pids:\n" + seen);
        });
        return pids.get((long) (60_000 * FACTOR), TimeUnit.MILLISECONDS);
    }

    /** Alive and not a zombie waiting for a reaper. */
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
