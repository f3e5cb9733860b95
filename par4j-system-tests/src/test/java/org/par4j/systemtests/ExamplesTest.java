package org.par4j.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every example under examples/ runs through the par4j command and prints what the course shows. */
class ExamplesTest {
    @TempDir
    Path dir;

    private Par4jCli.Result run(String example, String... args) throws Exception {
        String[] all = new String[args.length + 2];
        all[0] = "run";
        all[1] = Par4jCli.EXAMPLES.resolve(example).toString();
        System.arraycopy(args, 0, all, 2, args.length);
        Par4jCli.Result r = Par4jCli.inProcess(dir, 180, all);
        assertThat(r.status()).as("exit status of %s; stderr:%n%s", example, r.err()).isZero();
        return r;
    }

    @Test
    void shouldPrintSquares() throws Exception {
        assertThat(run("Squares.java").out()).isEqualTo("[1, 4, 9, 16, 25]\n");
    }

    @Test
    void shouldSayHelloFromFourProcessesInAnyOrder() throws Exception {
        List<String> lines = run("HelloProcesses.java").out().lines().toList();
        assertThat(lines).containsExactlyInAnyOrder("hello from 0", "hello from 1", "hello from 2", "hello from 3");
    }

    @Test
    void shouldPrintSquaresAndCubesFromTwoProcessesThenDone() throws Exception {
        List<String> lines = run("SquareAndCube.java").out().lines().toList();
        assertThat(lines).containsExactlyInAnyOrder(
                "square of 2: 4", "square of 3: 9", "square of 8: 64", "square of 10: 100",
                "cube of 2: 8", "cube of 3: 27", "cube of 8: 512", "cube of 10: 1000", "Done!");
        assertThat(lines.getLast()).isEqualTo("Done!");
        // each process prints its own list in order
        assertThat(lines.stream().filter(l -> l.startsWith("square")).toList())
                .containsExactly("square of 2: 4", "square of 3: 9", "square of 8: 64", "square of 10: 100");
    }

    @Test
    void shouldEstimatePiSeriallyAndInParallelWithSpeedups() throws Exception {
        String out = run("PiMonteCarlo.java", "2000000", "2").out();
        assertThat(out).contains("darts=2000000 workers=2").contains("Points: [1000000, 1000000]");
        Matcher m = Pattern.compile("pi = (\\d\\.\\d+)").matcher(out);
        int estimates = 0;
        while (m.find()) {
            assertThat(Double.parseDouble(m.group(1))).isBetween(3.13, 3.15);
            estimates++;
        }
        assertThat(estimates).isEqualTo(3);
        assertThat(out).contains("on 2 worker JVMs, pool start and stop included (speedup ")
                .contains("on the running pool (speedup ");
    }
}
