package org.par4j.bench.peers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
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
        String t = Comparison.table(List.of(Map.of("map chunksize 1: per task", 4.0)),
                Map.of("map chunksize 1: per task", "us"),
                List.of(List.of(new PeerFigure("2 pool", "Pool(2).map chunksize=1: per-task", "us", 16.0))),
                List.of(new Pairing("map chunksize 1: per task", "Pool(2).map chunksize=1: per-task", "<= 0.5"),
                        new Pairing("applyAsync round trip", "Pool(2).apply_async(square,(3,)).get() round trip", "")));
        assertThat(t).contains("0.250").contains("<= 0.5").contains("not run");
    }

    @Test
    void shouldTableTheMediansOfAlternatedRoundsAndTheRangeOfTheirRatios() {
        String ours = "Queue 16 MiB";
        String theirs = "Pipe 16MiB";
        String t = Comparison.table(
                List.of(Map.of(ours, 12.0), Map.of(ours, 8.0), Map.of(ours, 50.0)), Map.of(ours, "GB/s"),
                List.of(List.of(new PeerFigure("3 ipc", theirs, "GB/s", 4.0)),
                        List.of(new PeerFigure("3 ipc", theirs, "GB/s", 1.0)),
                        List.of(new PeerFigure("3 ipc", theirs, "GB/s", 5.0))),
                List.of(new Pairing(ours, theirs, ">= 3")));
        // medians 12 and 4: ratio 3; the rounds' own ratios 3, 8 and 10: paired median 8
        assertThat(t).contains("12.0 GB/s").contains("4.00 GB/s").contains(" 3.000 ").contains(" 8.000 ")
                .contains("3.000-10.000").contains("paired");
        assertThatThrownBy(() -> Comparison.table(List.of(Map.of()), Map.of(), List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("as many peer rounds");
    }

    @Test
    void shouldSayWhereThePeersShouldBe(@TempDir Path empty) {
        assertThatThrownBy(() -> new PeerRunner(empty).run(true, 2)).isInstanceOf(PeerUnavailableException.class)
                .hasMessageContaining("no peer benchmarks at").hasMessageContaining("PAR4J_PEERS");
    }

    @Test
    void shouldReadTheFiguresOfAFakeRunAndRemoveItsWorkingCopy(@TempDir Path dir) throws Exception {
        Path peers = Files.createDirectories(dir.resolve("peers"));
        Path whereItRan = dir.resolve("where-it-ran");
        // a stand-in run-all.sh: it builds and writes beside itself, as the real one does
        Files.writeString(peers.resolve("run-all.sh"), String.join("\n",
                "here=$(cd \"$(dirname \"$0\")\" && pwd)",
                "echo \"$here\" > '" + whereItRan + "'",
                "mkdir -p \"$here/build\" \"$here/results\"",
                "echo '{\"bench\":\"2 pool\",\"case\":\"apply_async\",\"unit\":\"us\",\"median\":235}'"
                        + " > \"$here/results/run.jsonl\"", ""));
        List<PeerFigure> figures = new PeerRunner(peers).run(true, 2);
        assertThat(figures).extracting(PeerFigure::name).containsExactly("apply_async");
        Path copy = Path.of(Files.readString(whereItRan).strip());
        assertThat(copy).isNotEqualTo(peers);
        assertThat(copy).doesNotExist();
    }
}
