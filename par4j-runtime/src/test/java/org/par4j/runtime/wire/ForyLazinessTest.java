package org.par4j.runtime.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Fory costs class loading: a JVM that ships only simple values must never load it, and it must print nothing. */
class ForyLazinessTest {
    private static final long TIMEOUT_S = (long) (60 * Double.parseDouble(System.getProperty("par4j.test.timeoutFactor", "1")));

    @Test
    void shouldNotLoadForyForSimpleValues() throws Exception {
        String out = runProbe(List.of("-verbose:class"), "simple");
        assertThat(out).contains("SIMPLE-DONE").doesNotContain("org.apache.fory");
    }

    @Test
    void shouldPrintNothingWhenForyCarriesAnObject() throws Exception {
        String out = runProbe(List.of(), "pojo");
        assertThat(out).isEqualTo("SIMPLE-DONE\nPOJO-DONE\n");
    }

    private static String runProbe(List<String> jvmFlags, String arg) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("--sun-misc-unsafe-memory-access=allow");
        cmd.addAll(jvmFlags);
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(ForyLazinessProbe.class.getName());
        cmd.add(arg);
        Path log = Files.createTempFile("fory-probe", ".log");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            assertThat(p.waitFor(TIMEOUT_S, TimeUnit.SECONDS)).as("probe finished within %d s", TIMEOUT_S).isTrue();
            String out = Files.readString(log, StandardCharsets.UTF_8);
            assertThat(p.exitValue()).as(out).isZero();
            return out;
        } finally {
            p.destroyForcibly();
            Files.deleteIfExists(log);
        }
    }
}
