package org.par4j.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shared-memory examples (SharedArrayAndValue, BankAccount, Deadlock, SharedNumbers) run through
 * {@code par4j run}, print what the course shows, and leave no {@code /dev/shm} segment behind.
 */
class SharedMemoryExamplesTest {
    private static final double FACTOR = Double.parseDouble(System.getProperty("par4j.test.timeoutFactor", "1"));

    @TempDir
    Path dir;

    /** Runs {@code bin/par4j run examples/<name>.java args}, then checks that it left no segment behind. */
    private String run(String name, String... args) throws Exception {
        Set<String> before = segments();
        String[] all = new String[args.length + 2];
        all[0] = "run";
        all[1] = Par4jCli.EXAMPLES.resolve(name + ".java").toString();
        System.arraycopy(args, 0, all, 2, args.length);
        Par4jCli.Result r = Par4jCli.inProcess(dir, 180, all);
        assertThat(r.status()).as("exit status of %s; stderr:%n%s", name, r.err()).isZero();
        assertNoSegmentLeft(before);
        return r.out();
    }

    /**
     * The example's segments are unlinked by the tracker soon after its JVM and workers exit. Segments
     * of other programs that are still running (their creator pid, in the name, is alive) are ignored.
     */
    private static void assertNoSegmentLeft(Set<String> before) throws IOException, InterruptedException {
        long end = System.nanoTime() + (long) (20e9 * FACTOR);
        List<String> left;
        do {
            left = segments().stream().filter(n -> !before.contains(n) && !creatorAlive(n)).toList();
            if (left.isEmpty()) {
                return;
            }
            Thread.sleep(50);
        } while (System.nanoTime() < end);
        throw new AssertionError("shared memory left behind: " + left);
    }

    private static boolean creatorAlive(String segment) {
        String[] parts = segment.split("-");
        try {
            return ProcessHandle.of(Long.parseLong(parts[1])).map(ProcessHandle::isAlive).orElse(false);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static Set<String> segments() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("/dev/shm"))) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.startsWith("par4j-"))
                    .collect(Collectors.toSet());
        }
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
