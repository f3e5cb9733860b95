package org.par4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class Par4jCommandTest {
    @TempDir
    Path dir;

    static List<List<String>> commands() {
        return List.of(List.of(), List.of("run"), List.of("info"), List.of("bench"), List.of("bench", "overhead"),
                List.of("bench", "pool"), List.of("bench", "ipc"), List.of("bench", "pingpong"),
                List.of("bench", "collectives"), List.of("bench", "scaling"), List.of("bench", "report"));
    }

    private static String[] with(List<String> command, String option) {
        List<String> all = new java.util.ArrayList<>(command);
        all.add(option);
        return all.toArray(String[]::new);
    }

    @ParameterizedTest
    @MethodSource("commands")
    void shouldPrintHelpOnEveryCommand(List<String> command) throws Exception {
        CliRunner.Result r = new CliRunner(dir).run(with(command, "--help"));
        assertThat(r.status()).isZero();
        assertThat(r.out()).startsWith("Usage: par4j" + (command.isEmpty() ? "" : " " + String.join(" ", command)))
                .contains("--version");
    }

    @ParameterizedTest
    @MethodSource("commands")
    void shouldPrintVersionOnEveryCommand(List<String> command) throws Exception {
        CliRunner.Result r = new CliRunner(dir).run(with(command, "--version"));
        assertThat(r.status()).isZero();
        assertThat(r.out()).startsWith("par4j " + Par4jVersion.version()).contains("Java " + Runtime.version());
    }

    @Test
    void shouldReadVersionFromBuild() {
        assertThat(Par4jVersion.version()).matches("\\d+\\.\\d+\\.\\d+.*").doesNotContain("${");
    }

    @Test
    void shouldPrintUsageAndFailWithoutSubcommand() throws Exception {
        CliRunner.Result r = new CliRunner(dir).run();
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("Usage: par4j").contains("run").contains("info").contains("bench");
    }

    @Test
    void shouldRejectUnknownSubcommand() throws Exception {
        CliRunner.Result r = new CliRunner(dir).run("frobnicate");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("Unmatched argument").contains("frobnicate");
    }

    @Test
    void shouldRejectBadBenchSettingsInOneLine() throws Exception {
        CliRunner.Result r = new CliRunner(dir).run("bench", "overhead", "--workers", "0");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).startsWith("par4j overhead: need workers >= 1").doesNotContain("at org.");
    }

    @Test
    void shouldRejectNonNumericOption() throws Exception {
        CliRunner.Result r = new CliRunner(dir).run("bench", "pool", "--tasks", "many");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("'many'").contains("--tasks");
    }
}
