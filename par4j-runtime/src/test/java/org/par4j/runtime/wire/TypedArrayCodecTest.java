package org.par4j.runtime.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TypedArrayCodecTest {
    @Test
    void shouldMoveEveryElementTypeWithOffsets() {
        Object[] arrays = {new byte[] {1, 2, 3, 4}, new short[] {1, 2, 3, 4}, new char[] {'a', 'b', 'c', 'd'},
            new int[] {1, 2, 3, 4}, new long[] {1, 2, 3, 4}, new float[] {1, 2, 3, 4}, new double[] {1, 2, 3, 4}};
        for (Object src : arrays) {
            WireOutput out = new WireOutput(16);
            TypedArrayCodec.write(src, 1, 2, out);
            Object dst = java.lang.reflect.Array.newInstance(src.getClass().getComponentType(), 5);
            long n = TypedArrayCodec.read(new WireInput(out.toByteArray()), dst, 3, 2);
            assertThat(n).isEqualTo(2);
            assertThat(java.lang.reflect.Array.get(dst, 3)).isEqualTo(java.lang.reflect.Array.get(src, 1));
            assertThat(java.lang.reflect.Array.get(dst, 4)).isEqualTo(java.lang.reflect.Array.get(src, 2));
        }
    }

    @Test
    void shouldCopyThroughSegments() {
        double[] src = IntStream.range(0, 100_000).mapToDouble(i -> i / 3.0).toArray();
        double[] dst = new double[src.length];
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment shared = arena.allocate(TypedArrayCodec.byteSize(TypedArrayCodec.ElementType.DOUBLE, src.length));
            TypedArrayCodec.copy(src, 0, src.length, shared, 0);
            TypedArrayCodec.copy(shared, 0, dst, 0, dst.length);
        }
        assertThat(dst).isEqualTo(src);
    }

    @Test
    void shouldNameBothTypesOnMismatchAndBothSizesOnTruncation() {
        WireOutput out = new WireOutput(16);
        TypedArrayCodec.write(new double[10], 0, 10, out);
        byte[] bytes = out.toByteArray();
        assertThatThrownBy(() -> TypedArrayCodec.read(new WireInput(bytes), new int[10], 0, 10))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("double").hasMessageContaining("int[]");
        assertThatThrownBy(() -> TypedArrayCodec.read(new WireInput(bytes), new double[4], 0, 4))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("10").hasMessageContaining("4");
        assertThatThrownBy(() -> TypedArrayCodec.write(new boolean[1], 0, 1, out))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("boolean[]");
    }

    @Test
    void shouldRejectABogusCount() {
        WireOutput out = new WireOutput(16);
        out.writeByte(TypedArrayCodec.ElementType.DOUBLE.ordinal());
        out.writeLong(1L << 40);
        assertThatThrownBy(() -> TypedArrayCodec.read(new WireInput(out.toByteArray()), new double[1], 0, 1))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("corrupt message");
    }
}
