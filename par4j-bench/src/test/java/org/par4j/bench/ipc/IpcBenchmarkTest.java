package org.par4j.bench.ipc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.par4j.bench.BenchReport;

/** A small run of {@code par4j bench ipc}: every case measured, the fits noted, the plots written. */
class IpcBenchmarkTest {
    @TempDir
    Path dir;

    @Test
    void shouldMeasureEveryTransportAndWriteTheFitsAndPlots() throws Exception {
        BenchReport r = IpcBenchmark.run(new IpcBenchmark.Settings(300, 1, 4096, 0, dir.resolve("ipc")));
        assertThat(r.figure("Pipe sendBytes/recvBytesInto latency 8B one-way").percentiles()).containsKeys("p50", "p99");
        assertThat(r.figure("Queue put/get latency 8B one-way").summary().median()).isPositive();
        assertThat(r.figure("Pipe send/recv (objects) latency 8B one-way").summary().median()).isPositive();
        assertThat(r.figure("Manager queue put/get latency 8B one-way").summary().median()).isPositive();
        assertThat(r.figure("Pipe sendBytes/recvBytesInto bandwidth 4 KiB").unit()).isEqualTo("GB/s");
        assertThat(r.figure("Queue put/get one-way 1 B").summary().count()).isEqualTo(1);
        assertThat(r.figure("shared-memory Lock lock+unlock, uncontended").summary().median()).isPositive();
        assertThat(r.figure("Manager Lock lock+unlock").summary().median()).isPositive();
        assertThat(r.notes()).anyMatch(n -> n.startsWith("Pipe sendBytes/recvBytesInto: fit T(s) = mu + s/B"))
                .anyMatch(n -> n.startsWith("Queue put/get: fit"));
        assertThat(dir.resolve("ipc-pipe-time.png")).exists();
        assertThat(Files.size(dir.resolve("ipc-queue-bandwidth.svg"))).isPositive();
    }
}
