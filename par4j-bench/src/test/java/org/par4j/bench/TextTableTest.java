package org.par4j.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class TextTableTest {

    @Test
    void shouldAlignFirstColumnLeftAndOthersRight() {
        StringWriter text = new StringWriter();
        new TextTable("case", "ms").row("short", "1.5").row("a longer case", "123").print(new PrintWriter(text));
        assertThat(text.toString().lines().toList()).containsExactly(
                "# case          ms",
                "short          1.5",
                "a longer case  123");
    }

    @Test
    void shouldRejectRowOfWrongWidth() {
        assertThatThrownBy(() -> new TextTable("a", "b").row("only one"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 cells");
    }

    @Test
    void shouldKeepThreeSignificantFigures() {
        assertThat(TextTable.number(1234.6)).isEqualTo("1235");
        assertThat(TextTable.number(12.345)).isEqualTo("12.3");
        assertThat(TextTable.number(1.2345)).isEqualTo("1.23");
        assertThat(TextTable.number(0.012345)).isEqualTo("0.0123");
        assertThat(TextTable.number(0)).isEqualTo("0");
    }
}
