package org.par4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InfoCommandTest {

    @Test
    void shouldPrintVersionJdkCpusMemoryAndShm(@TempDir Path dir) throws Exception {
        CliRunner.Result r = new CliRunner(dir).run("info");
        assertThat(r.status()).isZero();
        assertThat(r.out())
                .contains("par4j     " + Par4jVersion.version())
                .contains("JDK       " + Runtime.version())
                .contains(System.getProperty("java.home"))
                .contains("CPUs      " + Runtime.getRuntime().availableProcessors() + " usable")
                .contains("memory    ")
                .contains("/dev/shm  ")
                .contains("load      ");
    }
}
