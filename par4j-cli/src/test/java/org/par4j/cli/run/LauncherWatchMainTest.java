package org.par4j.cli.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.par4j.runtime.spawn.JvmCommand;

class LauncherWatchMainTest {
    private static final double FACTOR = Double.parseDouble(System.getProperty("par4j.test.timeoutFactor", "1"));

    @Test
    void shouldEndProgramWithinTwoSecondsOfLauncherKill() throws Exception {
        Process launcher = new ProcessBuilder("sleep", "120").start();
        RunTarget target = new RunTarget(JvmCommand.javaBinary(), RunTarget.DEFAULT_JVM_FLAGS,
                List.of(System.getProperty("java.class.path").split(java.io.File.pathSeparator)), List.of(),
                SleepingMain.class.getName(), List.of());
        ProcessBuilder builder = new ProcessBuilder(
                target.commandWith(List.of(LauncherWatchMain.class.getName(), target.mainClass())))
                .redirectError(ProcessBuilder.Redirect.INHERIT);
        builder.environment().put(LauncherWatchMain.ENV, Long.toString(launcher.pid()));
        Process program = builder.start();
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(program.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(out.readLine()).isEqualTo("started");
            launcher.destroyForcibly().waitFor();
            long t0 = System.nanoTime();
            assertThat(program.waitFor((long) (2000 * FACTOR), TimeUnit.MILLISECONDS))
                    .as("program still alive 2 s after its launcher was killed").isTrue();
            assertThat(program.exitValue()).isEqualTo(129);
            assertThat((System.nanoTime() - t0) / 1e6).isLessThan(2000 * FACTOR);
        } finally {
            program.destroyForcibly();
            launcher.destroyForcibly();
        }
    }

    @Test
    void shouldRunProgramNormallyWithoutLauncherPid() throws Exception {
        RunTarget target = new RunTarget(JvmCommand.javaBinary(), RunTarget.DEFAULT_JVM_FLAGS,
                List.of(System.getProperty("java.class.path").split(java.io.File.pathSeparator)), List.of(),
                "no.such.Main", List.of());
        Process program = new ProcessBuilder(
                target.commandWith(List.of(LauncherWatchMain.class.getName(), target.mainClass())))
                .redirectErrorStream(true).start();
        String output = new String(program.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(program.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(program.exitValue()).isEqualTo(1);
        assertThat(output).contains("ClassNotFoundException: no.such.Main");
    }
}
