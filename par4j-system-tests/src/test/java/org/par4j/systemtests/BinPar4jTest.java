package org.par4j.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/par4j} as users run it, on the jars the build made (PAR4J_NO_BUILD=1: the test never
 * starts Maven). The program replaces the script's process, so signals and exit status are its own.
 */
class BinPar4jTest {
    @TempDir
    Path dir;

    @BeforeEach
    void needsPackagedCli() {
        assumeTrue(Par4jCli.built(), "par4j-cli is not packaged: run ./mvnw verify, not test");
    }

    @Test
    void shouldPrintVersion() throws Exception {
        Par4jCli.Result r = Par4jCli.runBin(dir, 60, "--version");
        assertThat(r.status()).isZero();
        assertThat(r.out()).startsWith("par4j ").contains("Java " + Runtime.version().feature());
    }

    @Test
    void shouldRunSquaresExample() throws Exception {
        Par4jCli.Result r = Par4jCli.runBin(dir, 180, "run", "examples/Squares.java");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo("[1, 4, 9, 16, 25]\n");
    }

    @Test
    void shouldPropagateExitStatusAndCompileErrors() throws Exception {
        Path exit = dir.resolve("Exit.java");
        Files.writeString(exit, "public class Exit { public static void main(String[] a) {"
                + " System.out.println(\"bye\"); System.exit(7); } }");
        Par4jCli.Result r = Par4jCli.runBin(dir, 120, "run", exit.toString());
        assertThat(r.status()).isEqualTo(7);
        assertThat(r.out()).isEqualTo("bye\n");

        Path bad = dir.resolve("Bad.java");
        Files.writeString(bad, "public class Bad { void f() { undefined(); } }");
        Par4jCli.Result failed = Par4jCli.runBin(dir, 120, "run", bad.toString());
        assertThat(failed.status()).isEqualTo(1);
        assertThat(failed.err()).contains("Bad.java:1: error: cannot find symbol");
    }

    @Test
    void shouldBecomeTheProgramSoSigkillLeavesNoJvm() throws Exception {
        Path sleeper = dir.resolve("Sleeper.java");
        Files.writeString(sleeper, """
                public class Sleeper {
                    public static void main(String[] args) throws Exception {
                        System.out.println(ProcessHandle.current().pid());
                        Thread.sleep(120_000);
                    }
                }
                """);
        Process p = Par4jCli.bin(dir, "run", sleeper.toString()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            long programPid = Long.parseLong(out.readLine().strip());
            // exec: the script's process is the program's JVM, no second JVM around it
            assertThat(programPid).isEqualTo(p.pid());
            assertThat(p.children().toList()).isEmpty();
            p.destroyForcibly();
            assertThat(p.waitFor(Par4jCli.millis(5), TimeUnit.MILLISECONDS)).isTrue();
            assertThat(ProcessHandle.of(programPid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
        } finally {
            p.destroyForcibly();
        }
    }

    @Test
    void shouldLeaveNoHandOffFileBehind() throws Exception {
        Par4jCli.Result r = Par4jCli.runBin(dir, 180, "run", "examples/Squares.java");
        assertThat(r.status()).isZero();
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString()).filter(n -> n.startsWith("par4j-exec"))).isEmpty();
        }
    }

    @Test
    void shouldGiveProgramTheStandardInput() throws Exception {
        Path upper = dir.resolve("Upper.java");
        Files.writeString(upper, """
                import java.io.BufferedReader;
                import java.io.InputStreamReader;
                public class Upper {
                    public static void main(String[] args) throws Exception {
                        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
                        System.out.println(in.readLine().toUpperCase());
                    }
                }
                """);
        Path input = dir.resolve("input.txt");
        Files.writeString(input, "shout this\n");
        Path out = dir.resolve("upper.out");
        Process p = Par4jCli.bin(dir, "run", upper.toString()).redirectInput(input.toFile())
                .redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        assertThat(p.waitFor(Par4jCli.millis(120), TimeUnit.MILLISECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
        assertThat(Files.readString(out)).isEqualTo("SHOUT THIS\n");
    }
}
