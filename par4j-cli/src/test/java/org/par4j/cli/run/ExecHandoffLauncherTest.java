package org.par4j.cli.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExecHandoffLauncherTest {
    @TempDir
    Path dir;

    private static RunTarget target(String... args) {
        return new RunTarget(Path.of("/jdk/bin/java"), List.of("-Xmx1g"), List.of("/a.jar"), List.of("/b dir/c.jar"),
                "demo.Main", List.of(args));
    }

    @Test
    void shouldWriteCommandAsNulSeparatedWords() throws Exception {
        Path file = dir.resolve("exec");
        RunTarget t = target("one arg", "", "ünï");
        assertThat(new ExecHandoffLauncher(file).launch(t)).isZero();
        String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        assertThat(text).endsWith("\0");
        List<String> words = Arrays.asList(text.substring(0, text.length() - 1).split("\0", -1));
        assertThat(words).isEqualTo(t.command());
        assertThat(words).containsExactly("/jdk/bin/java", "-Xmx1g", "-cp", "/b dir/c.jar:/a.jar", "demo.Main",
                "one arg", "", "ünï");
    }

    @Test
    void shouldNotWriteThroughExistingFile() throws Exception {
        Path file = dir.resolve("exec");
        Files.writeString(file, "someone else's");
        assertThatThrownBy(() -> new ExecHandoffLauncher(file).launch(target()))
                .isInstanceOf(FileAlreadyExistsException.class);
        assertThat(Files.readString(file)).isEqualTo("someone else's");
    }

    @Test
    void shouldRejectNulInArgument() {
        assertThatThrownBy(() -> new ExecHandoffLauncher(dir.resolve("x")).launch(target("a\0b")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NUL");
    }
}
