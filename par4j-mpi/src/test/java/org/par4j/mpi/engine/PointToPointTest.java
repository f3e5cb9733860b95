package org.par4j.mpi.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.par4j.mpi.Buffer;
import org.par4j.mpi.Comm;
import org.par4j.mpi.Request;
import org.par4j.mpi.Status;
import org.par4j.mpi.TruncationException;
import org.par4j.mpi.TypeMismatchException;
import org.par4j.transport.TransportKind;

/** The point-to-point contract at 1, 2, 3, 4 and 7 ranks over shm and tcp (cf. mpi4py test_p2p_obj.py). */
class PointToPointTest {

    static Stream<Arguments> jobs() {
        return Stream.of(TransportKind.SHM, TransportKind.TCP)
                .flatMap(t -> IntStream.of(1, 2, 3, 4, 7).mapToObj(n -> Arguments.of(t, n)));
    }

    @ParameterizedTest(name = "{0} x{1}")
    @MethodSource("jobs")
    void shouldCarryLargeHeapAndNativeMessagesWholeAtOddSizesAndOffsets(TransportKind t, int n) {
        int size = (3 << 20) + 12_345; // several TCP staging pieces and a ragged end
        Jobs.run(n, t, c -> {
            int right = (c.rank() + 1) % c.size();
            int left = (c.rank() - 1 + c.size()) % c.size();
            byte[] out = new byte[size + 7];
            new Random(c.rank()).nextBytes(out);
            byte[] expected = new byte[size + 7];
            new Random(left).nextBytes(expected);
            byte[] in = new byte[size + 3];
            c.sendrecv(out, 7, size, right, 5, in, 3, size, left, 5);
            assertThat(Arrays.equals(in, 3, size + 3, expected, 7, size + 7)).isTrue();
            try (Arena arena = Arena.ofConfined()) {
                MemorySegment nativeOut = arena.allocate(size).copyFrom(MemorySegment.ofArray(out).asSlice(7, size));
                MemorySegment nativeIn = arena.allocate(size);
                c.sendrecv(nativeOut, right, 6, nativeIn, left, 6);
                assertThat(MemorySegment.mismatch(nativeIn, 0, size, MemorySegment.ofArray(expected), 7, size + 7)).isEqualTo(-1);
            }
            // no rank finishes while its last message may still be in the kernel: a receiver told "finished"
            // stops waiting at the first idle poll (the engine race this test found on tcp x7)
            c.barrier();
        });
    }

    @ParameterizedTest
    @EnumSource(value = TransportKind.class, names = {"SHM", "TCP"})
    void shouldStreamLargeMessagesIntoPostedReceivesNotTheUnexpectedQueue(TransportKind t) {
        // The sender runs ahead: each next header is in the link before the receiver posts its receive.
        // Read then, it would make every message after the first unexpected (buffered whole, copied twice).
        Jobs.run(2, t, c -> {
            byte[] buf = new byte[1 << 20];
            for (int i = 0; i < 30; i++) {
                if (c.rank() == 0) {
                    c.send(buf, 0, buf.length, 1, 3);
                } else {
                    c.recv(buf, 0, buf.length, 0, 3);
                }
            }
            if (c.rank() == 1) {
                assertThat(((EngineComm) c).engine.matcher().unexpectedArrivals()).as("messages buffered as unexpected")
                        .isLessThanOrEqualTo(1);
            }
            c.barrier();
        });
    }

    @ParameterizedTest(name = "{0} x{1}")
    @MethodSource("jobs")
    void shouldPassObjectsAroundARing(TransportKind t, int n) {
        Jobs.run(n, t, c -> {
            int right = (c.rank() + 1) % c.size();
            int left = (c.rank() - 1 + c.size()) % c.size();
            Map<String, Object> msg = Map.of("a", 7, "b", 3.14, "from", c.rank());
            Map<String, Object> got = c.sendrecv(msg, right, 11, left, 11);
            assertThat(got).containsEntry("from", left).containsEntry("a", 7);
            Request r = c.irecv(left, 12);
            c.isend("hello " + c.rank(), right, 12).waitFor();
            r.waitFor();
            assertThat(r.<String>object()).isEqualTo("hello " + left);
        });
    }

    @ParameterizedTest(name = "{0} x{1}")
    @MethodSource("jobs")
    void shouldMoveEveryTypedArray(TransportKind t, int n) {
        Jobs.run(n, t, c -> {
            int right = (c.rank() + 1) % c.size();
            int left = (c.rank() - 1 + c.size()) % c.size();
            int[] ints = IntStream.range(0, 23).map(i -> i + c.rank()).toArray();
            int[] intsIn = new int[30];
            Status s = c.sendrecv(ints, 0, 23, right, 77, intsIn, 0, 30, left, 77);
            assertThat(s.count()).isEqualTo(23);
            assertThat(s.source()).isEqualTo(left);
            assertThat(intsIn[22]).isEqualTo(22 + left);
            double[] d = {c.rank(), 1.5};
            double[] dIn = new double[2];
            c.sendrecv(d, 0, 2, right, 1, dIn, 0, 2, left, 1);
            assertThat(dIn).containsExactly(left, 1.5);
            long[] l = {Long.MAX_VALUE - c.rank()};
            long[] lIn = new long[1];
            c.sendrecv(l, 0, 1, right, 2, lIn, 0, 1, left, 2);
            assertThat(lIn[0]).isEqualTo(Long.MAX_VALUE - left);
            byte[] b = new byte[3 << 20];
            b[b.length - 1] = (byte) c.rank();
            byte[] bIn = new byte[3 << 20];
            Status big = c.sendrecv(b, 0, b.length, right, 3, bIn, 0, bIn.length, left, 3);
            assertThat(big.bytes()).isEqualTo(3 << 20);
            assertThat(bIn[bIn.length - 1]).isEqualTo((byte) left);
            char[] ch = {'x', (char) ('a' + c.rank())};
            char[] chIn = new char[2];
            c.sendrecv(ch, 0, 2, right, 4, chIn, 0, 2, left, 4);
            assertThat(chIn[1]).isEqualTo((char) ('a' + left));
            short[] sh = {(short) c.rank()};
            short[] shIn = new short[1];
            c.sendrecv(sh, 0, 1, right, 5, shIn, 0, 1, left, 5);
            assertThat(shIn[0]).isEqualTo((short) left);
            try (java.lang.foreign.Arena arena = java.lang.foreign.Arena.ofConfined()) {
                java.lang.foreign.MemorySegment seg = arena.allocate(5000);
                seg.set(java.lang.foreign.ValueLayout.JAVA_INT, 4996, c.rank());
                java.lang.foreign.MemorySegment segIn = arena.allocate(6000);
                Request r = c.irecv(segIn, left, 8);
                c.ssend(seg, right, 8);
                assertThat(r.waitFor().bytes()).isEqualTo(5000);
                assertThat(segIn.get(java.lang.foreign.ValueLayout.JAVA_INT, 4996)).isEqualTo(left);
                Request ri = c.irecv(intsIn, 0, 30, left, 9);
                c.ssend(ints, 0, 23, right, 9);
                assertThat(ri.waitFor().count()).isEqualTo(23);
                Status raw = c.sendrecv(seg, right, 10, segIn, left, 10);
                assertThat(raw.count()).isEqualTo(5000);
            }
            float[] f = {c.rank() + 0.5f};
            float[] fIn = new float[1];
            c.sendrecv(f, 0, 1, right, 6, fIn, 0, 1, left, 6);
            assertThat(fIn[0]).isEqualTo(left + 0.5f);
        });
    }

    @ParameterizedTest(name = "{0} x{1}")
    @MethodSource("jobs")
    void shouldMatchAnySourceAnyTagAndProbe(TransportKind t, int n) {
        Jobs.run(n, t, c -> {
            if (c.rank() != 0) {
                c.send(c.rank() * 10, 0, c.rank());
                assertThat(c.<String>recv(0, 98)).isEqualTo("go");
                c.ssend("sync", 0, 99);
            } else {
                int sum = 0;
                for (int i = 1; i < c.size(); i++) {
                    Status s = c.probe(Comm.ANY_SOURCE, Comm.ANY_TAG);
                    assertThat(s.tag()).isEqualTo(s.source());
                    int v = c.recv(s.source(), Comm.ANY_TAG);
                    assertThat(v).isEqualTo(s.source() * 10);
                    sum += v;
                }
                assertThat(sum).isEqualTo(10 * (c.size() - 1) * c.size() / 2);
                for (int i = 1; i < c.size(); i++) {
                    c.send("go", i, 98);
                }
                for (int i = 1; i < c.size(); i++) {
                    assertThat(c.<String>recv(Comm.ANY_SOURCE, 99)).isEqualTo("sync");
                }
                assertThat(c.iprobe(Comm.ANY_SOURCE, Comm.ANY_TAG)).isNull();
            }
        });
    }

    @ParameterizedTest(name = "{0} x{1}")
    @MethodSource("jobs")
    void shouldReportTruncationMismatchAndBadArguments(TransportKind t, int n) {
        Jobs.run(n, t, c -> {
            int right = (c.rank() + 1) % c.size();
            int left = (c.rank() - 1 + c.size()) % c.size();
            c.send(new int[10], 0, 10, right, 1);
            assertThatThrownBy(() -> c.recv(new int[4], 0, 4, left, 1)).isInstanceOf(TruncationException.class)
                    .hasMessageContaining("40 bytes").hasMessageContaining("16 bytes");
            c.send(new double[2], 0, 2, right, 2);
            assertThatThrownBy(() -> c.recv(new int[4], 0, 4, left, 2)).isInstanceOf(TypeMismatchException.class)
                    .hasMessageContaining("doubles");
            c.send("an object", right, 3);
            assertThatThrownBy(() -> c.recv(Buffer.of(new int[4]), left, 3)).isInstanceOf(TypeMismatchException.class)
                    .hasMessageContaining("object");
            c.send(new int[1], 0, 1, right, 4);
            assertThatThrownBy(() -> c.recv(left, 4)).isInstanceOf(TypeMismatchException.class);
            assertThatThrownBy(() -> c.send("x", c.size(), 0)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("rank " + c.size());
            assertThatThrownBy(() -> c.send("x", 0, -5)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tag");
            assertThatThrownBy(() -> c.recv(-7, 0)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> c.send(new int[3], 1, 5, 0, 0)).isInstanceOf(IllegalArgumentException.class);
            c.send("nothing", Comm.PROC_NULL, 0);
            assertThat(c.<Object>recv(Comm.PROC_NULL, 0)).isNull();
            Request r = c.irecv(left, 500);
            assertThat(r.cancel()).isTrue();
            assertThat(r.waitFor().cancelled()).isTrue();
            c.barrier();
        });
    }

    /**
     * A rank may finish while the last bytes it sent are still in the kernel on their way (tcp): the
     * receiver must read them all before it calls that rank gone. Repeated: the window is narrow.
     */
    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.EnumSource(TransportKind.class)
    void shouldDeliverTheLastMessageOfARankThatHasFinished(TransportKind t) {
        int size = 8 << 20;
        for (int run = 0; run < 10; run++) {
            Jobs.run(2, t, c -> {
                if (c.rank() == 1) {
                    byte[] last = new byte[size];
                    Arrays.fill(last, (byte) 7);
                    c.send(last, 0, size, 0, 9);
                    return;
                }
                byte[] got = new byte[size];
                c.recv(got, 0, size, 1, 9);
                assertThat(got[0]).isEqualTo((byte) 7);
                assertThat(got[size - 1]).isEqualTo((byte) 7);
            });
        }
    }
}
