package org.par4j.runtime.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import org.junit.jupiter.api.Test;
import org.par4j.SerializableFunction;

class FastCodecCorruptInputTest {
    record Pair(String a, List<Integer> b) {
    }

    private static byte[] sample() {
        int k = 3;
        SerializableFunction<Integer, Integer> f = x -> x + k;
        return RoundTrip.encode(Codecs.objects(), List.of(Map.of("a", 7, "b", 3.14), new Pair("p", List.of(1, 2)),
                new int[] {1, 2, 3}, f, new IllegalStateException("e"), "caf\u00e9 \u20ac"));
    }

    @Test
    void shouldRejectEveryTruncationWithIllegalStateException() {
        byte[] whole = sample();
        for (int n = 0; n < whole.length; n++) {
            byte[] cut = Arrays.copyOf(whole, n);
            int len = n;
            assertThatThrownBy(() -> Codecs.objects().decode(new WireInput(cut)))
                    .as("truncated to %d of %d bytes", len, whole.length)
                    .isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void shouldRejectBogusLengthsWithoutAllocating() {
        for (byte tag : new byte[] {WireTag.INT_ARRAY, WireTag.DOUBLE_ARRAY, WireTag.BOOLEAN_ARRAY, WireTag.STRING_LATIN1,
                WireTag.STRING_UTF16, WireTag.LIST, WireTag.MAP, WireTag.SET, WireTag.FALLBACK, WireTag.JDK, WireTag.BIG_INTEGER}) {
            byte[] bogus = {tag, (byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff, 0x07, 0, 0, 0};
            assertThatThrownBy(() -> Codecs.objects().decode(new WireInput(bogus)))
                    .as("tag %d", tag)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("corrupt message");
        }
        byte[] overlong = {WireTag.LIST, (byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff, 0};
        assertThatThrownBy(() -> Codecs.objects().decode(new WireInput(overlong))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void shouldRejectUnknownTagsAndDeepNesting() {
        assertThatThrownBy(() -> Codecs.objects().decode(new WireInput(new byte[] {(byte) 200})))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("unknown tag 200");
        byte[] deep = new byte[3 * 100_000];
        for (int i = 0; i < deep.length; i += 3) {
            deep[i] = WireTag.LIST;
            deep[i + 1] = 1;
            deep[i + 2] = WireTag.GENERIC;
        }
        assertThatThrownBy(() -> Codecs.objects().decode(new WireInput(deep)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("nested deeper than");
    }

    @Test
    void shouldRejectFlippedBytesWithIllegalStateExceptionOrDecodeSomething() {
        byte[] whole = sample();
        RandomGenerator rnd = RandomGeneratorFactory.of("L64X128MixRandom").create(42);
        for (int trial = 0; trial < 5_000; trial++) {
            byte[] damaged = whole.clone();
            for (int flips = 1 + rnd.nextInt(3); flips > 0; flips--) {
                damaged[rnd.nextInt(damaged.length)] = (byte) rnd.nextInt(256);
            }
            try {
                Codecs.objects().decode(new WireInput(damaged));
            } catch (IllegalStateException expected) {
                assertThat(expected.getMessage()).isNotBlank();
            } catch (Throwable t) {
                fail("trial " + trial + ": a damaged message must fail with IllegalStateException, got " + t, t);
            }
        }
    }

    @Test
    void shouldRejectRandomGarbage() {
        RandomGenerator rnd = RandomGeneratorFactory.of("L64X128MixRandom").create(7);
        for (int trial = 0; trial < 20_000; trial++) {
            byte[] garbage = new byte[rnd.nextInt(1, 64)];
            rnd.nextBytes(garbage);
            try {
                Codecs.objects().decode(new WireInput(garbage));
            } catch (IllegalStateException expected) {
                // fine: a clear error
            } catch (Throwable t) {
                fail("garbage " + Arrays.toString(garbage) + " must fail with IllegalStateException, got " + t, t);
            }
        }
    }

    @Test
    void shouldRefuseDeniedClassesAndBogusArraysInJdkSerialization() throws Exception {
        byte[] denied = JdkSerializationCodec.serialize(new javax.management.BadAttributeValueExpException("x"));
        assertThatThrownBy(() -> JdkSerializationCodec.deserialize(denied, 0, denied.length))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("REJECTED");
        byte[] ints = JdkSerializationCodec.serialize(new int[] {1, 2, 3, 4});
        byte[] lying = ints.clone();
        int at = indexOfLength(lying, 4);
        lying[at] = 0x7f;
        lying[at + 1] = (byte) 0xff;
        assertThatThrownBy(() -> JdkSerializationCodec.deserialize(lying, 0, lying.length))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("REJECTED");
    }

    /** Finds the big-endian int {@code value} just before the array payload of a serialized int[]. */
    private static int indexOfLength(byte[] b, int value) {
        for (int i = b.length - 4 * value - 4; i >= 0; i--) {
            if (b[i] == 0 && b[i + 1] == 0 && b[i + 2] == 0 && b[i + 3] == value) {
                return i;
            }
        }
        throw new AssertionError("length not found");
    }
}
