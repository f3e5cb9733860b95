package org.par4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.par4j.launch.LocalRankLauncher;
import org.par4j.launch.RankJob;

/** Runs the course's MPI examples on real rank JVMs and checks what they print. */
class MpiExamplesTest {

    private static String run(int n, String main, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = new LocalRankLauncher().launch(RankJob.of(n, "", main, args).withOutput(
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)));
        assertThat(status).as("exit status; stderr: %s", err).isZero();
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void shouldGatherTheCoursesAnswerOnTwoRanks() {
        assertThat(run(2, "ScatterGather")).contains("Answer from rank 0: [10, 35]");
    }

    @Test
    void shouldSayHelloFromEveryRank() {
        String out = run(3, "Hello");
        for (int r = 0; r < 3; r++) {
            assertThat(out).contains("I am process " + r + " of 3 on ");
        }
    }

    @Test
    void shouldPassTheDictAndTheIntArray() {
        assertThat(run(2, "PointToPoint")).contains("received {").contains("a=7").contains("b=3.14")
                .contains("[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22] with tag 77");
    }

    @Test
    void shouldComputePiBothWays() {
        assertThat(run(2, "PiIntegral", "1000000")).contains("pi ~ 3.14159265");
        assertThat(run(3, "PiMpi", "300000")).contains("pi ~ 3.1");
    }

    @Test
    void shouldBringTheTokenRoundTheRing() {
        assertThat(run(4, "Ring")).contains("holding 6 (expected 6)");
    }

    @Test
    void shouldGiveTheSameHeatOnOneAndFourRanks() {
        String one = run(1, "Heat2D", "40", "100");
        String four = run(4, "Heat2D", "40", "100");
        String mean = one.substring(one.indexOf("mean temperature"), one.indexOf(','  , one.indexOf("mean temperature")));
        assertThat(four).contains(mean).contains("2x2 grid");
    }
}
