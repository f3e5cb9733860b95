package org.par4j.bench.peers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PeersTest {

    @Test
    void shouldParseThePeersJsonLinesAndSkipFailures() {
        List<PeerFigure> f = PeerRunner.parse(List.of(
                "# host: Linux",
                "{\"bench\": \"2 pool\", \"case\": \"Pool(2).map chunksize=1: per-task\", \"unit\": \"us\", "
                        + "\"median\": 18.3, \"min\": 17.4, \"max\": 19.1, \"n\": 2}",
                "{\"bench\": \"9 mpj\", \"case\": \"SKIPPED: libmpj-java missing\", \"unit\": \"\", \"median\": null}"));
        assertThat(f).containsExactly(new PeerFigure("2 pool", "Pool(2).map chunksize=1: per-task", "us", 18.3));
    }

    @Test
    void shouldTableRatiosAndSayWhatIsMissing() {
        String t = Comparison.table(Map.of("map chunksize 1: per task", 4.0), Map.of("map chunksize 1: per task", "us"),
                List.of(new PeerFigure("2 pool", "Pool(2).map chunksize=1: per-task", "us", 16.0)),
                List.of(new Pairing("map chunksize 1: per task", "Pool(2).map chunksize=1: per-task", "<= 0.5"),
                        new Pairing("applyAsync round trip", "Pool(2).apply_async(square,(3,)).get() round trip", "")));
        assertThat(t).contains("0.250").contains("<= 0.5").contains("not run");
    }

    @Test
    void shouldSayWhereThePeersShouldBe(@TempDir Path empty) {
        assertThatThrownBy(() -> new PeerRunner(empty).run(true, 2)).isInstanceOf(PeerUnavailableException.class)
                .hasMessageContaining("no peer benchmarks at").hasMessageContaining("PAR4J_PEERS");
    }
}
