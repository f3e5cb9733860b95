package org.par4j.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code par4j run -n N}: the course's mpiexec, through the par4j command. */
class RunRanksTest {
    @TempDir
    Path dir;

    @Test
    void shouldRunTheCoursesPointToPointOnTwoRanks() throws Exception {
        Par4jCli.Result r = Par4jCli.inProcess(dir, 180, "run", "-n", "2",
                Par4jCli.EXAMPLES.resolve("PointToPoint.java").toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("rank 1 received {").contains("a=7").contains("b=3.14").contains("with tag 11")
                .contains("rank 1 received [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20,"
                        + " 21, 22] with tag 77");
    }

    @Test
    void shouldTagOutputWithRanksOverTcp() throws Exception {
        Par4jCli.Result r = Par4jCli.inProcess(dir, 180, "run", "-n", "2", "--tag-output", "--transport", "tcp",
                Par4jCli.EXAMPLES.resolve("ScatterGather.java").toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out().lines()).contains("[0] Answer from rank 0: [10, 35]");
    }

    @Test
    void shouldFailTheJobWhenOneRankThrowsAndSayWhich() throws Exception {
        Path src = dir.resolve("Failing.java");
        Files.writeString(src, """
                import org.par4j.mpi.Comm;
                public class Failing {
                    public static void main(String[] args) throws Exception {
                        Comm world = Comm.world();
                        if (world.rank() == 1) {
                            throw new IllegalStateException("rank one gives up");
                        }
                        world.recv(1, 5);   // would wait for ever: the launcher must stop it
                    }
                }
                """);
        Par4jCli.Result r = Par4jCli.inProcess(dir, 180, "run", "-n", "3", src.toString());
        assertThat(r.status()).isNotZero();
        assertThat(r.err()).contains("rank 1").contains("rank one gives up");
    }

    @Test
    void shouldRefuseZeroRanksAndAnUnknownTransport() throws Exception {
        Par4jCli.Result zero = Par4jCli.inProcess(dir, 60, "run", "-n", "0",
                Par4jCli.EXAMPLES.resolve("Hello.java").toString());
        assertThat(zero.status()).isEqualTo(2);
        assertThat(zero.err()).contains("at least 1 rank");
        Par4jCli.Result bad = Par4jCli.inProcess(dir, 60, "run", "-n", "2", "--transport", "carrier-pigeon",
                Par4jCli.EXAMPLES.resolve("Hello.java").toString());
        assertThat(bad.status()).isEqualTo(2);
        assertThat(bad.err()).contains("carrier-pigeon");
    }
}
