package org.par4j.mpi.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.par4j.mpi.Datatype;
import org.par4j.mpi.Op;
import org.par4j.transport.PeerLink;
import org.par4j.transport.TransportKind;

/**
 * The reduce-on-receive path alone: a link that hands the message over in pieces of awkward sizes
 * (pieces that end inside an element, pieces larger than the combiner reads at a time) must leave
 * exactly what one {@link Op#combine} over the whole buffers gives.
 */
class CombinerTest {

    /** Hands out {@code message} in pieces whose sizes cycle through {@code pieces}. */
    private static final class PieceLink implements PeerLink {
        private final MemorySegment message;
        private final long[] pieces;
        private long at;
        private int turn;

        PieceLink(MemorySegment message, long... pieces) {
            this.message = message;
            this.pieces = pieces;
        }

        @Override
        public long read(MemorySegment dst, long offset, long length) {
            long n = Math.min(Math.min(length, pieces[turn++ % pieces.length]), message.byteSize() - at);
            MemorySegment.copy(message, at, dst, offset, n);
            at += n;
            return n;
        }

        @Override
        public long write(MemorySegment src, long offset, long length) {
            throw new UnsupportedOperationException();
        }

        @Override
        public TransportKind kind() {
            return TransportKind.SHM;
        }

        @Override
        public void close() {
        }
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of(Datatype.DOUBLE, Op.SUM, 100_003),
                Arguments.of(Datatype.DOUBLE, Op.MAX, 9),
                Arguments.of(Datatype.FLOAT, Op.PROD, 40_001),
                Arguments.of(Datatype.LONG, Op.BXOR, 20_001),
                Arguments.of(Datatype.INT, Op.MIN, 50_001),
                Arguments.of(Datatype.SHORT, Op.SUM, 70_001),
                Arguments.of(Datatype.CHAR, Op.MAX, 3),
                Arguments.of(Datatype.BYTE, Op.BOR, 200_001));
    }

    @ParameterizedTest(name = "{1} on {2} {0}s")
    @MethodSource("cases")
    void shouldLeaveWhatOneWholeCombineGivesWhateverThePieces(Datatype type, Op op, int count) {
        long bytes = (long) count * type.byteSize();
        Random rnd = new Random(count);
        MemorySegment init = random(rnd, bytes, type);
        MemorySegment message = random(rnd, bytes, type);
        MemorySegment want = alloc(bytes, type);
        want.copyFrom(message);
        op.combine(type, init, want);
        for (long[] pieces : new long[][] {{1, 3, 5, 7, 11, 13}, {bytes}, {100_001, 1}, {65_536 + 3, 2}}) {
            MemorySegment into = alloc(bytes, type);
            Combiner k = new Combiner(op, type, init, into);
            PieceLink link = new PieceLink(message, pieces);
            long done = 0;
            while (done < bytes) {
                long n = k.read(link, done, bytes - done);
                assertThat(n).isPositive();
                done += n;
            }
            assertThat(into.toArray(ValueLayout.JAVA_BYTE)).as("pieces %s", java.util.Arrays.toString(pieces))
                    .isEqualTo(want.toArray(ValueLayout.JAVA_BYTE));
        }
    }

    @Test
    void shouldReduceAMessageCopiedInWholeAsOnePiece() {
        double[] init = {1, 2, 3};
        double[] into = {10, 20, 30};
        new Combiner(Op.SUM, Datatype.DOUBLE, MemorySegment.ofArray(init), MemorySegment.ofArray(into)).reduceUpTo(24);
        assertThat(into).containsExactly(11, 22, 33);
    }

    @Test
    void shouldKeepReadingTheMessageWhenTheOperationThrows() {
        Op picky = new Op("picky", true) {
            @Override
            public Object combine(Object a, Object b) {
                throw new UnsupportedOperationException();
            }

            @Override
            public void combine(Datatype type, MemorySegment in, MemorySegment inout) {
                throw new IllegalStateException("no");
            }
        };
        MemorySegment message = MemorySegment.ofArray(new double[1000]);
        MemorySegment into = MemorySegment.ofArray(new double[1000]);
        Combiner k = new Combiner(picky, Datatype.DOUBLE, MemorySegment.ofArray(new double[1000]), into);
        PieceLink link = new PieceLink(message, 1000);
        long done = 0;
        while (done < 8000) {
            done += k.read(link, done, 8000 - done);
        }
        assertThat(done).isEqualTo(8000);
        assertThat(k.failure()).isInstanceOf(IllegalStateException.class).hasMessage("no");
    }

    /** Doubles in a double[] (the array loop of SUM), the rest in a byte[] (the general loops). */
    private static MemorySegment alloc(long bytes, Datatype type) {
        return type == Datatype.DOUBLE ? MemorySegment.ofArray(new double[(int) (bytes / 8)]) : MemorySegment.ofArray(new byte[(int) bytes]);
    }

    /** Elements that keep sums and products exact and in range. */
    private static MemorySegment random(Random rnd, long bytes, Datatype type) {
        MemorySegment s = alloc(bytes, type);
        long n = bytes / type.byteSize();
        for (long i = 0; i < n; i++) {
            int v = rnd.nextInt(1, 4);
            switch (type) {
                case DOUBLE -> s.setAtIndex(ValueLayout.JAVA_DOUBLE_UNALIGNED, i, v * 0.5);
                case FLOAT -> s.setAtIndex(ValueLayout.JAVA_FLOAT_UNALIGNED, i, v * 0.5f);
                case LONG -> s.setAtIndex(ValueLayout.JAVA_LONG_UNALIGNED, i, rnd.nextLong());
                case INT -> s.setAtIndex(ValueLayout.JAVA_INT_UNALIGNED, i, rnd.nextInt());
                case SHORT -> s.setAtIndex(ValueLayout.JAVA_SHORT_UNALIGNED, i, (short) rnd.nextInt());
                case CHAR -> s.setAtIndex(ValueLayout.JAVA_CHAR_UNALIGNED, i, (char) rnd.nextInt());
                case BYTE -> s.set(ValueLayout.JAVA_BYTE, i, (byte) rnd.nextInt());
            }
        }
        return s;
    }
}
