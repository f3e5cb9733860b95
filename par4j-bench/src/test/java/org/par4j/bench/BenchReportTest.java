package org.par4j.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchReportTest {

    private static BenchReport sample() {
        TextTable table = new TextTable("case", "median").row("a \"quoted\"\tcase", "2");
        List<Figure> figures = List.of(
                new Figure("demo", "a \"quoted\"\tcase", "ms", Summary.of(1, 2, 30)),
                new Figure("demo", "round trip", "us", Summary.of(5, 6), Map.of("p99", 6.0)));
        return new BenchReport("demo", "a demo", List.of("note one"), Map.of("workers", 2), table, figures,
                "0.10 0.20 0.30", "0.40 0.50 0.60");
    }

    @Test
    void shouldWriteParseableJsonWithPeerKeys(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("sub/report.json");
        sample().writeJson(file);
        JsonObject root = JsonParser.parseString(Files.readString(file)).getAsJsonObject();
        assertThat(root.get("bench").getAsString()).isEqualTo("demo");
        assertThat(root.get("loadAverageBefore").getAsString()).isEqualTo("0.10 0.20 0.30");
        assertThat(root.getAsJsonObject("settings").get("workers").getAsInt()).isEqualTo(2);
        assertThat(root.getAsJsonObject("host").get("usableCpus").getAsInt()).isEqualTo(HostInfo.usableCpus());
        JsonArray figures = root.getAsJsonArray("figures");
        assertThat(figures).hasSize(2);
        JsonObject first = figures.get(0).getAsJsonObject();
        assertThat(first.get("case").getAsString()).isEqualTo("a \"quoted\"\tcase");
        assertThat(first.get("unit").getAsString()).isEqualTo("ms");
        assertThat(first.get("median").getAsDouble()).isEqualTo(2.0);
        assertThat(first.get("min").getAsDouble()).isEqualTo(1.0);
        assertThat(first.get("max").getAsDouble()).isEqualTo(30.0);
        assertThat(first.get("n").getAsInt()).isEqualTo(3);
        assertThat(figures.get(1).getAsJsonObject().get("p99").getAsDouble()).isEqualTo(6.0);
    }

    @Test
    void shouldPrintTitleHostLoadAndTable() {
        StringWriter text = new StringWriter();
        sample().print(new PrintWriter(text));
        assertThat(text.toString())
                .contains("# par4j bench demo: a demo")
                .contains("usable CPUs")
                .contains("# note one")
                .contains("# load average before: 0.10 0.20 0.30, after: 0.40 0.50 0.60")
                .contains("a \"quoted\"\tcase");
    }

    @Test
    void shouldFindFigureByName() {
        assertThat(sample().figure("round trip").summary().median()).isEqualTo(5.5);
        assertThatThrownBy(() -> sample().figure("nope")).hasMessageContaining("no figure named 'nope'");
    }
}
