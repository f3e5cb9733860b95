package org.par4j.runtime.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import org.junit.jupiter.api.Test;

/** Round trips of random nested values from a seeded generator (the seed is in the failure message). */
class FastCodecPropertyTest {
    record Cell(int row, double value, String label) {
    }

    enum Kind { A, B, C }

    @Test
    void shouldRoundTripRandomNestedValues() {
        long seed = 20261123L;
        RandomGenerator rnd = RandomGeneratorFactory.of("L64X128MixRandom").create(seed);
        WireOutput out = new WireOutput(64);
        for (int trial = 0; trial < 3_000; trial++) {
            Object value = randomValue(rnd, 0);
            out.reset();
            Codecs.objects().encode(value, out);
            WireInput in = new WireInput(out.array(), 0, out.size());
            Object back = Codecs.objects().decode(in);
            assertThat(back).as("seed %d trial %d", seed, trial).isEqualTo(value);
            assertThat(in.remaining()).isZero();
        }
    }

    @Test
    void shouldRoundTripRandomStrings() {
        RandomGenerator rnd = RandomGeneratorFactory.of("L64X128MixRandom").create(99);
        for (int trial = 0; trial < 2_000; trial++) {
            String s = randomString(rnd, rnd.nextInt(300));
            assertThat(RoundTrip.of(s)).isEqualTo(s);
        }
    }

    @Test
    void shouldRoundTripRandomPrimitiveArrays() {
        RandomGenerator rnd = RandomGeneratorFactory.of("L64X128MixRandom").create(5);
        for (int trial = 0; trial < 200; trial++) {
            int n = rnd.nextInt(2_000);
            long[] longs = rnd.longs(n).toArray();
            double[] doubles = rnd.doubles(n).toArray();
            int[] ints = rnd.ints(n).toArray();
            assertThat(RoundTrip.of(longs)).isEqualTo(longs);
            assertThat(RoundTrip.of(doubles)).isEqualTo(doubles);
            assertThat(RoundTrip.of(ints)).isEqualTo(ints);
        }
    }

    private static Object randomValue(RandomGenerator rnd, int depth) {
        int choice = rnd.nextInt(depth > 4 ? 9 : 15);
        return switch (choice) {
            case 0 -> null;
            case 1 -> rnd.nextBoolean();
            case 2 -> rnd.nextInt();
            case 3 -> rnd.nextLong();
            case 4 -> rnd.nextDouble() * 1e6 - 5e5;
            case 5 -> randomString(rnd, rnd.nextInt(20));
            case 6 -> (float) rnd.nextGaussian();
            case 7 -> Kind.values()[rnd.nextInt(3)];
            case 8 -> new BigDecimal(rnd.nextLong()).movePointLeft(rnd.nextInt(10));
            case 9 -> new Cell(rnd.nextInt(), rnd.nextDouble(), rnd.nextBoolean() ? null : randomString(rnd, 5));
            case 10 -> randomList(rnd, depth);
            case 11 -> numbers(rnd);
            case 12 -> randomMap(rnd, depth);
            case 13 -> new HashSet<>(randomList(rnd, depth));
            default -> Collections.unmodifiableList(randomList(rnd, depth));
        };
    }

    private static List<Object> randomList(RandomGenerator rnd, int depth) {
        int n = rnd.nextInt(6);
        List<Object> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            list.add(randomValue(rnd, depth + 1));
        }
        return list;
    }

    private static List<?> numbers(RandomGenerator rnd) {
        int n = rnd.nextInt(50);
        return switch (rnd.nextInt(3)) {
            case 0 -> rnd.ints(n).boxed().toList();
            case 1 -> new ArrayList<>(rnd.longs(n).boxed().toList());
            default -> rnd.doubles(n).boxed().toList();
        };
    }

    private static Map<Object, Object> randomMap(RandomGenerator rnd, int depth) {
        Map<Object, Object> map = switch (rnd.nextInt(3)) {
            case 0 -> new HashMap<>();
            case 1 -> new LinkedHashMap<>();
            default -> new TreeMap<>();
        };
        for (int i = rnd.nextInt(6); i > 0; i--) {
            map.put(randomString(rnd, 1 + rnd.nextInt(8)), randomValue(rnd, depth + 1));
        }
        return map;
    }

    private static String randomString(RandomGenerator rnd, int n) {
        StringBuilder sb = new StringBuilder(n);
        int alphabet = rnd.nextInt(3);
        for (int i = 0; i < n; i++) {
            sb.appendCodePoint(switch (alphabet) {
                case 0 -> 'a' + rnd.nextInt(26);
                case 1 -> rnd.nextInt(1, 256);
                default -> rnd.nextInt(4) == 0 ? 0x1F600 + rnd.nextInt(50) : rnd.nextInt(1, 0xD7FF);
            });
        }
        return sb.toString();
    }
}
