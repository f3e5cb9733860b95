package org.par4j.bench.mpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The fits on known data, and a tiny run of each benchmark (figures are not checked: no timed tests). */
class MpiBenchmarksTest {

    @Test
    void shouldRecoverLatencyAndBandwidthFromExactData() {
        double[] s = {1, 1024, 1 << 20, 16 << 20};
        double[] t = new double[s.length];
        for (int i = 0; i < s.length; i++) {
            t[i] = 0.5 + s[i] / 5000;
        }
        LatencyFit plain = LatencyFit.plain(s, t);
        LatencyFit rel = LatencyFit.relative(s, t);
        assertThat(plain.mu()).isCloseTo(0.5, within(1e-6));
        assertThat(plain.bandwidth()).isCloseTo(5000, within(1e-3));
        assertThat(rel.mu()).isCloseTo(0.5, within(1e-6));
        assertThat(rel.bandwidth()).isCloseTo(5000, within(1e-3));
    }

    @Test
    void shouldWeightTheRelativeFitTowardsSmallMessages() {
        double[] s = {8, 64, 1 << 20, 64 << 20};
        double[] t = {0.4, 0.45, 150, 12000};
        assertThat(LatencyFit.relative(s, t).mu()).isCloseTo(0.4, within(0.1));
        assertThat(Math.abs(LatencyFit.plain(s, t).mu() - 0.4)).isGreaterThan(1);
    }

    @Test
    void shouldPrintAnOsuTableAndJsonForPingPong() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PingPongBenchmark.Result r = PingPongBenchmark.run(new PingPongBenchmark.Options("shm", true, 1, 1 << 12, 1, 50),
                new PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(r.rows()).hasSize(14);
        assertThat(r.rows().get(13).bytes()).isEqualTo(-1);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("# Size").contains("map{a,b}").contains("4096").contains("relative-error fit");
        assertThat(r.toJson()).startsWith("{\"benchmark\":\"pingpong\"").contains("\"bytes\":4096");
    }

    @Test
    void shouldMeasureOneSizeWithoutAFit() {
        PingPongBenchmark.Options one = new PingPongBenchmark.Options("shm", false, 8, 8, 1, 50);
        PingPongBenchmark.Result r = PingPongBenchmark.fit(one,
                java.util.List.of(new PingPongBenchmark.Row(8, 50, 0.1, 0.2, 0.3)));
        assertThat(r.plain()).isNull();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PingPongBenchmark.print(r, new PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("0.200").contains("needs at least two message sizes");
        assertThat(r.toJson()).contains("\"fitPlain\":null");
    }

    @Test
    void shouldPrintEveryCollective() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CollectivesBenchmark.Result r = CollectivesBenchmark.run(new CollectivesBenchmark.Options(3, "tcp", 8, 64, CollectivesBenchmark.ALL, 20, 10),
                new PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(r.rows()).extracting(CollectivesBenchmark.Row::op).contains("barrier", "bcast", "reduce", "allreduce",
                "gather", "scatter", "allgather", "alltoall");
        assertThat(r.rows()).hasSize(1 + 7 * 2);
        assertThat(r.toJson()).contains("\"op\":\"alltoall\"");
    }
}
