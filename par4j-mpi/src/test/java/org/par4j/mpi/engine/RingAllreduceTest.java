package org.par4j.mpi.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.foreign.MemorySegment;
import java.util.Arrays;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.par4j.mpi.Buffer;
import org.par4j.mpi.Datatype;
import org.par4j.mpi.Op;
import org.par4j.mpi.Request;
import org.par4j.transport.TransportKind;
import org.par4j.transport.shm.ShmRingFiles;

/**
 * The ring allreduce and its reduce-on-receive: blocks larger than a shared-memory ring (so each one
 * wraps around it, and arrives in many pieces), element counts that split unevenly over the ranks,
 * several types and operations, the result written over the input, and a reducing receive posted after
 * its message arrived.
 */
class RingAllreduceTest {
    /** Rings of 64 KiB: every block is larger than a ring and wraps around it. */
    private static final String SMALL_RINGS = Long.toString(64 * 1024);

    @BeforeAll
    static void smallRings() {
        System.setProperty(ShmRingFiles.RING_BYTES_PROPERTY, SMALL_RINGS);
    }

    @AfterAll
    static void defaultRings() {
        System.clearProperty(ShmRingFiles.RING_BYTES_PROPERTY);
    }

    static Stream<Arguments> jobs() {
        return Stream.of(Arguments.of(TransportKind.SHM, 2), Arguments.of(TransportKind.SHM, 3), Arguments.of(TransportKind.SHM, 4),
                Arguments.of(TransportKind.SHM, 7), Arguments.of(TransportKind.TCP, 2), Arguments.of(TransportKind.TCP, 3));
    }

    @ParameterizedTest(name = "{0} x{1}")
    @MethodSource("jobs")
    void shouldReduceBlocksLargerThanTheRingOfSeveralTypes(TransportKind t, int n) {
        Jobs.run(n, t, c -> {
            int me = c.rank();
            for (int count : new int[] {300_007, 16_385}) {
                double[] d = IntStream.range(0, count).mapToDouble(i -> (i % 1000) * 0.5 + me).toArray();
                double[] dsum = new double[count];
                c.allreduce(Buffer.of(d), Buffer.of(dsum), Op.SUM);
                assertThat(dsum).isEqualTo(IntStream.range(0, count).mapToDouble(i -> n * ((i % 1000) * 0.5) + n * (n - 1) / 2.0).toArray());
                long[] l = IntStream.range(0, count).mapToLong(i -> (long) i << me).toArray();
                long[] lor = new long[count];
                c.allreduce(Buffer.of(l), Buffer.of(lor), Op.BOR);
                assertThat(lor).isEqualTo(IntStream.range(0, count).mapToLong(i -> IntStream.range(0, n).mapToLong(r -> (long) i << r)
                        .reduce(0, (a, b) -> a | b)).toArray());
                int[] x = IntStream.range(0, count).map(i -> (i * 31 + me * 7) % 1001).toArray();
                int[] xmax = new int[count];
                c.allreduce(Buffer.of(x), Buffer.of(xmax), Op.MAX);
                assertThat(xmax).isEqualTo(IntStream.range(0, count).map(i -> IntStream.range(0, n).map(r -> (i * 31 + r * 7) % 1001).max()
                        .orElseThrow()).toArray());
                float[] f = new float[count * 2 + 1];
                Arrays.fill(f, me + 1);
                c.allreduce(Buffer.of(f), Buffer.of(f), Op.SUM); // in place
                float[] fwant = new float[f.length];
                Arrays.fill(fwant, n * (n + 1) / 2f);
                assertThat(f).isEqualTo(fwant);
            }
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"SHM", "TCP"})
    void shouldRefuseAnOperationThatDoesNotApplyBeforeAnyBlockMoves(TransportKind t) {
        Jobs.run(3, t, c -> {
            double[] x = new double[100_000];
            Arrays.fill(x, 1);
            double[] y = new double[x.length];
            assertThatThrownBy(() -> c.allreduce(Buffer.of(x), Buffer.of(y), Op.BAND)).isInstanceOf(IllegalArgumentException.class);
            c.allreduce(Buffer.of(x), Buffer.of(y), Op.SUM);
            assertThat(y[0]).isEqualTo(3);
            assertThat(y[x.length - 1]).isEqualTo(3);
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"SHM", "TCP"})
    void shouldReduceAMessageThatArrivedBeforeItsReceive(TransportKind t) {
        Jobs.run(2, t, c -> {
            CollChannel ch = ((EngineComm) c).coll();
            int count = 200_001;
            if (c.rank() == 0) {
                double[] data = IntStream.range(0, count).mapToDouble(i -> i).toArray();
                Request r = ch.isend(1, 50, MemorySegment.ofArray(data));
                c.send(new int[] {1}, 0, 1, 1, 51);
                r.waitFor();
            } else {
                c.recv(new int[1], 0, 1, 0, 51); // reads past the data message, which waits as unexpected
                double[] init = new double[count];
                Arrays.fill(init, 0.25);
                double[] into = new double[count];
                ch.irecvReduce(0, 50, MemorySegment.ofArray(into), MemorySegment.ofArray(init), Op.SUM, Datatype.DOUBLE).waitFor();
                assertThat(into).isEqualTo(IntStream.range(0, count).mapToDouble(i -> i + 0.25).toArray());
            }
        });
    }
}
