package org.par4j.runtime.pool;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.par4j.PoolOptions;

class ProgressBarTest {

    @Test
    void shouldRenderCountRateAndEta() {
        ProgressBar bar = new ProgressBar("job", 200, () -> System.err);
        bar.advance(50);
        String line = bar.line();
        assertThat(line).startsWith("job [").contains("50/200").contains("/s").contains("ETA 0:");
        assertThat(line).contains("#".repeat(7) + ".");
    }

    @Test
    void shouldRenderCountOnlyWhenTotalUnknown() {
        ProgressBar bar = new ProgressBar("imap", -1, () -> System.err);
        bar.advance(12);
        assertThat(bar.line()).startsWith("imap 12 ").doesNotContain("ETA").doesNotContain("[");
    }

    @Test
    void shouldRedrawWithCarriageReturnAndEndWithNewlineOnce() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        ProgressBar bar = new ProgressBar("job", 10, () -> out);
        bar.advance(10);
        bar.finish();
        bar.finish();
        String text = bytes.toString(StandardCharsets.UTF_8);
        assertThat(text).startsWith("\r").endsWith("\n").contains("10/10");
        assertThat(text.chars().filter(c -> c == '\n').count()).isEqualTo(1);
    }

    @Test
    void shouldShowNothingWhenOffOrWhenAutoAndStderrIsNotTerminal() {
        assertThat(ProgressBar.of(PoolOptions.Progress.OFF, "x", 1)).isNull();
        assertThat(ProgressBar.of(PoolOptions.Progress.ON, "x", 1)).isNotNull();
        // under the build, standard error is a pipe or a file
        if (!ProgressBar.stderrIsTerminal()) {
            assertThat(ProgressBar.of(PoolOptions.Progress.AUTO, "x", 1)).isNull();
        }
    }
}
