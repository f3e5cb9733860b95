package org.par4j.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The shared-memory examples (SharedArrayAndValue, BankAccount, Deadlock, SharedNumbers) run as main
 * programs in a JVM of their own, with the worker JVMs they start, and print what the course shows.
 */
class SharedMemoryExamplesTest {
    private static final double FACTOR = Double.parseDouble(System.getProperty("par4j.test.timeoutFactor", "1"));

    private static String run(String mainClass, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"), mainClass));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        byte[] out;
        try (var in = p.getInputStream()) {
            out = in.readAllBytes();
        }
        if (!p.waitFor((long) (180 * FACTOR), TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(mainClass + " did not finish; output:\n" + new String(out, StandardCharsets.UTF_8));
        }
        String text = new String(out, StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as("exit status of %s; output:%n%s", mainClass, text).isZero();
        assertNoSegmentLeft("par4j-" + p.pid() + "-");
        return text;
    }

    /** The example's segments are unlinked by the tracker soon after its JVM and workers exit. */
    private static void assertNoSegmentLeft(String prefix) throws IOException, InterruptedException {
        long end = System.nanoTime() + (long) (20e9 * FACTOR);
        List<Path> left;
        do {
            try (Stream<Path> files = Files.list(Path.of("/dev/shm"))) {
                left = files.filter(f -> f.getFileName().toString().startsWith(prefix)).toList();
            }
            if (left.isEmpty()) {
                return;
            }
            Thread.sleep(50);
        } while (System.nanoTime() < end);
        throw new AssertionError("shared memory left behind: " + left);
    }

    @Test
    void shouldSeeSquaresAndTheirSumWrittenByTheChild() throws Exception {
        assertThat(run("SharedArrayAndValue").lines().toList()).containsExactly(
                "Result(in process p1): [1, 4, 9, 16]",
                "Sum of squares(in process p1): 30",
                "Result(in main program): [1, 4, 9, 16]",
                "Sum of squares(in main program): 30");
    }

    @Test
    void shouldSeeTheSumOfAMillionDoublesWrittenIntoElementZero() throws Exception {
        assertThat(run("SharedNumbers")).contains("npa[0] = 499999500000.0 (expected 499999500000.0)")
                .contains("npa[1..4] = 1.0 2.0 3.0 4.0");
    }

    @Test
    void shouldKeepTheBalanceAtExactlyOneHundredWithTheLock() throws Exception {
        String out = run("BankAccount", "10");
        Matcher unlocked = Pattern.compile("Final balance without a lock: \\[(-?\\d+(, -?\\d+)*)]").matcher(out);
        assertThat(unlocked.find()).as(out).isTrue();
        assertThat(unlocked.group(1).split(", ")).hasSize(10);
        assertThat(out).contains("Final balance with the lock:   [100, 100, 100, 100, 100, 100, 100, 100, 100, 100]");
    }

    @Test
    void shouldShowTheDeadlockNameTheHolderAndRecover() throws Exception {
        String out = run("Deadlock");
        Matcher holder = Pattern.compile("it is held by pid (\\d+) \\(p1\\)").matcher(out);
        assertThat(holder.find()).as(out).isTrue();
        assertThat(out).contains("p2 is still alive after 2 s: it waits for the lock (deadlock)")
                .contains("took over the lock from dead pid " + holder.group(1))
                .contains("p2 exited with 0; value = 20.0");
    }
}
