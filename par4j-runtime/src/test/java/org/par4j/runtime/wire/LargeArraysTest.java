package org.par4j.runtime.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.foreign.MemorySegment;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The split of large primitive arrays is the codec's own encoding, and its target decodes it. */
class LargeArraysTest {
    private static final Random RANDOM = new Random(42);
    private static final int N = 40_000; // 40,000 bytes at least: some types under the threshold, some over

    @Test
    void shouldSplitEveryLargePrimitiveArrayIntoExactlyTheCodecsEncoding() {
        for (Object array : arrays(3 * N)) {
            WireOutput prefix = new WireOutput(16);
            MemorySegment body = LargeArrays.split(array, prefix);
            assertThat(body).as(array.getClass().getSimpleName()).isNotNull();
            assertThat(prefix.size()).isLessThanOrEqualTo(LargeArrays.MAX_PREFIX);
            assertThat(concat(prefix, body)).as(array.getClass().getSimpleName()).isEqualTo(encoded(array));
        }
    }

    @Test
    void shouldRebuildEachArrayFromItsEncodingThroughTheTarget() {
        for (Object array : arrays(3 * N)) {
            byte[] message = encoded(array);
            LargeArrays.Target t = LargeArrays.target(Arrays.copyOf(message, LargeArrays.MAX_PREFIX), LargeArrays.MAX_PREFIX, message.length);
            assertThat(t).as(array.getClass().getSimpleName()).isNotNull();
            MemorySegment.copy(MemorySegment.ofArray(message), t.prefixLength(), t.body(), 0, message.length - t.prefixLength());
            assertThat(t.array()).as(array.getClass().getSimpleName()).isEqualTo(array);
        }
    }

    @Test
    void shouldLeaveSmallArraysBooleansAndOtherValuesToTheCodec() {
        WireOutput out = new WireOutput(16);
        assertThat(LargeArrays.split(new byte[(int) LargeArrays.THRESHOLD - 1], out)).isNull();
        assertThat(LargeArrays.split(new boolean[1 << 20], out)).isNull();
        assertThat(LargeArrays.split(List.of(1, 2), out)).isNull();
        assertThat(LargeArrays.split(null, out)).isNull();
        assertThat(out.size()).isZero();
    }

    @Test
    void shouldNotClaimAMessageWhoseCountDoesNotFillItExactly() {
        byte[] message = encoded(new double[N]);
        byte[] first = Arrays.copyOf(message, LargeArrays.MAX_PREFIX);
        assertThat(LargeArrays.target(first, first.length, message.length + 8)).isNull();
        assertThat(LargeArrays.target(first, first.length, message.length - 1)).isNull();
        byte[] list = encoded(java.util.stream.IntStream.range(0, N).boxed().toList());
        assertThat(LargeArrays.target(Arrays.copyOf(list, 6), 6, list.length)).isNull();
    }

    private static List<Object> arrays(int n) {
        byte[] b = new byte[n];
        RANDOM.nextBytes(b);
        short[] s = new short[n];
        char[] c = new char[n];
        int[] i = new int[n];
        long[] l = new long[n];
        float[] f = new float[n];
        double[] d = new double[n];
        for (int k = 0; k < n; k++) {
            s[k] = (short) RANDOM.nextInt();
            c[k] = (char) RANDOM.nextInt();
            i[k] = RANDOM.nextInt();
            l[k] = RANDOM.nextLong();
            f[k] = RANDOM.nextFloat();
            d[k] = RANDOM.nextGaussian();
        }
        return List.of(b, s, c, i, l, f, d);
    }

    private static byte[] encoded(Object value) {
        WireOutput out = new WireOutput(64);
        Codecs.objects().encode(value, out);
        return Arrays.copyOf(out.array(), out.size());
    }

    private static byte[] concat(WireOutput prefix, MemorySegment body) {
        byte[] all = Arrays.copyOf(prefix.array(), prefix.size() + (int) body.byteSize());
        MemorySegment.copy(body, 0, MemorySegment.ofArray(all), prefix.size(), body.byteSize());
        return all;
    }
}
