package org.par4j.runtime.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class FastCodecValuesTest {
    record Point(int x, int y) {
    }

    record Named(String name, List<Point> points, Map<String, Object> extra, Color color) {
    }

    enum Color { RED, GREEN { @Override public String toString() { return "g"; } }, BLUE }

    @Test
    void shouldRoundTripScalars() {
        for (Object v : new Object[] {null, true, false, (byte) -7, (short) -300, 'x', '\u20ac', 42, -1, Integer.MIN_VALUE,
                Long.MAX_VALUE, 1.5f, Float.NaN, 3.14, -0.0, Double.NEGATIVE_INFINITY, "", "hello", "caf\u00e9",
                "\u20ac uro \ud83d\ude00"}) {
            assertThat(RoundTrip.of(v)).isEqualTo(v);
        }
        Object back = RoundTrip.of('x');
        assertThat(back).isInstanceOf(Character.class);
        assertThat(RoundTrip.<Object>of((short) 5)).isInstanceOf(Short.class);
    }

    @Test
    void shouldDecodeShortStringsRightThroughTheirCache() {
        // far more distinct short keys than the cache has slots: every collision must still decode right,
        // and a key decoded twice is the same string (the second from the cache)
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < 5_000; i++) {
                String key = "k" + i;
                assertThat(RoundTrip.of(key)).isEqualTo(key);
                assertThat(RoundTrip.of(key + "\u00e9")).isEqualTo(key + "\u00e9");
            }
        }
        assertThat(RoundTrip.of("0123456789abcdef")).isEqualTo("0123456789abcdef"); // the longest cached
        assertThat(RoundTrip.of("0123456789abcdefg")).isEqualTo("0123456789abcdefg");
        Map<String, Object> m = RoundTrip.of(Map.of("a", 7, "b", 3.14));
        assertThat(m).containsEntry("a", 7).containsEntry("b", 3.14);
    }

    @Test
    void shouldRoundTripValueTypes() {
        for (Object v : new Object[] {new BigInteger("-123456789012345678901234567890"), BigInteger.ZERO,
                new BigDecimal("-3.14159265358979323846264338327950288"), new BigDecimal("1E+20"), UUID.randomUUID(),
                Instant.ofEpochSecond(-5, 999_999_999), Duration.ofNanos(-1), LocalDate.of(1969, 12, 31),
                LocalTime.of(23, 59, 59, 1), LocalDateTime.of(2026, 11, 23, 18, 45, 1, 2), java.util.Optional.of(List.of(1)),
                java.util.Optional.empty()}) {
            assertThat(RoundTrip.of(v)).isEqualTo(v);
        }
    }

    @Test
    void shouldRoundTripPrimitiveArrays() {
        assertThat(RoundTrip.of(new boolean[] {true, false, true})).containsExactly(true, false, true);
        assertThat(RoundTrip.of(new byte[] {1, -2, 3})).containsExactly(1, -2, 3);
        assertThat(RoundTrip.of(new short[] {1, -2, 300})).containsExactly((short) 1, (short) -2, (short) 300);
        assertThat(RoundTrip.of(new char[] {'a', '\u20ac'})).containsExactly('a', '\u20ac');
        assertThat(RoundTrip.of(new int[] {1, -2, Integer.MAX_VALUE})).containsExactly(1, -2, Integer.MAX_VALUE);
        assertThat(RoundTrip.of(new long[] {1, Long.MIN_VALUE})).containsExactly(1, Long.MIN_VALUE);
        assertThat(RoundTrip.of(new float[] {1.5f, Float.NaN})).containsExactly(1.5f, Float.NaN);
        assertThat(RoundTrip.of(new double[] {0.1, -0.0, Double.MAX_VALUE})).containsExactly(0.1, -0.0, Double.MAX_VALUE);
        assertThat(RoundTrip.of(new double[0])).isEmpty();
    }

    @Test
    void shouldRoundTripLargeArraysInOneCopy() {
        double[] big = IntStream.range(0, 10 * 1024 * 1024 / 8).mapToDouble(i -> i * 0.5).toArray();
        byte[] bytes = RoundTrip.encode(Codecs.objects(), big);
        assertThat(bytes.length).isLessThan(big.length * 8 + 16);
        assertThat(RoundTrip.<double[]>decode(Codecs.objects(), bytes)).isEqualTo(big);
        int[] ints = IntStream.range(0, 3_000_000).map(i -> i * 7).toArray();
        assertThat(RoundTrip.of(ints)).isEqualTo(ints);
    }

    @Test
    void shouldRoundTripObjectArraysKeepingComponentType() {
        String[] s = {"a", null, "c"};
        Object back = RoundTrip.of(s);
        assertThat(back).isInstanceOf(String[].class);
        assertThat((String[]) back).containsExactly("a", null, "c");
        int[][] grid = {{1, 2}, {3}};
        assertThat(RoundTrip.of(grid)).isDeepEqualTo(grid);
        Object[] chunk = IntStream.range(0, 12_500).boxed().toArray();
        byte[] packed = RoundTrip.encode(Codecs.objects(), chunk);
        assertThat(packed.length).isLessThan(12_500 * 4 + 32);
        assertThat(RoundTrip.<Object[]>decode(Codecs.objects(), packed)).isEqualTo(chunk);
        Long[] longs = {1L, 2L, null};
        assertThat(RoundTrip.of(longs)).isInstanceOf(Long[].class).containsExactly(1L, 2L, null);
        Double[] doubles = {0.5, -2.0};
        assertThat(RoundTrip.of(doubles)).isInstanceOf(Double[].class).containsExactly(0.5, -2.0);
        Object[] mixed = {1, "two", 3.0, null, List.of(4)};
        assertThat(RoundTrip.of(mixed)).containsExactly(1, "two", 3.0, null, List.of(4));
    }

    @Test
    void shouldRoundTripListsKeepingClassAndMutability() {
        ArrayList<Object> al = new ArrayList<>(Arrays.asList(1, null, "x", List.of()));
        assertThat(RoundTrip.of(al)).isInstanceOf(ArrayList.class).isEqualTo(al);
        LinkedList<Integer> ll = new LinkedList<>(List.of(3, 2, 1));
        assertThat(RoundTrip.of(ll)).isInstanceOf(LinkedList.class).isEqualTo(ll);
        List<String> asList = Arrays.asList("a", "b");
        List<String> back = RoundTrip.of(asList);
        assertThat(back).isInstanceOf(ArrayList.class).isEqualTo(asList);
        back.add("growable");
        List<Integer> immutable = RoundTrip.of(List.of(1, 2, 3));
        assertThat(immutable).containsExactly(1, 2, 3);
        assertThatThrownBy(() -> immutable.add(4)).isInstanceOf(UnsupportedOperationException.class);
        assertThat(RoundTrip.of(java.util.stream.Stream.of("a", null).toList())).containsExactly("a", null);
        assertThat(RoundTrip.of(new ArrayList<>())).isInstanceOf(ArrayList.class).isEmpty();
        assertThat(RoundTrip.of(List.of())).isEmpty();
    }

    @Test
    void shouldPackHomogeneousNumberLists() {
        List<Integer> ints = IntStream.range(0, 12_500).boxed().toList();
        byte[] bytes = RoundTrip.encode(Codecs.objects(), ints);
        assertThat(bytes.length).isLessThan(12_500 * 4 + 16);
        assertThat(RoundTrip.<List<Integer>>decode(Codecs.objects(), bytes)).isEqualTo(ints);
        ArrayList<Long> longs = new ArrayList<>(List.of(1L, Long.MAX_VALUE, -3L));
        assertThat(RoundTrip.of(longs)).isInstanceOf(ArrayList.class).isEqualTo(longs);
        List<Double> doubles = List.of(0.5, -1.0, Double.NaN);
        assertThat(RoundTrip.of(doubles)).isEqualTo(doubles);
        List<Object> mixed = new ArrayList<>(List.of(1, 2, 3L, 4.0));
        assertThat(RoundTrip.of(mixed)).isEqualTo(mixed);
        List<Integer> withNull = new ArrayList<>(Arrays.asList(1, 2, null));
        assertThat(RoundTrip.of(withNull)).isEqualTo(withNull);
    }

    @Test
    void shouldRoundTripSetsKeepingOrderWhereTheyHaveOne() {
        HashSet<Object> hs = new HashSet<>(Arrays.asList(1, "a", null));
        assertThat(RoundTrip.of(hs)).isInstanceOf(HashSet.class).isEqualTo(hs);
        LinkedHashSet<Integer> lhs = new LinkedHashSet<>(List.of(5, 1, 3));
        assertThat(RoundTrip.of(lhs)).isInstanceOf(LinkedHashSet.class).containsExactly(5, 1, 3);
        TreeSet<String> ts = new TreeSet<>(List.of("b", "a", "c"));
        assertThat(RoundTrip.of(ts)).isInstanceOf(TreeSet.class).containsExactly("a", "b", "c");
        Set<Integer> of = RoundTrip.of(Set.of(1, 2, 3));
        assertThat(of).containsExactlyInAnyOrder(1, 2, 3);
        assertThatThrownBy(() -> of.add(4)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void shouldRoundTripMapsKeepingOrderWhereTheyHaveOne() {
        Map<String, Object> small = Map.of("a", 7, "b", 3.14);
        assertThat(RoundTrip.of(small)).isEqualTo(small);
        HashMap<Object, Object> hm = new HashMap<>();
        hm.put(null, "null key");
        hm.put("null value", null);
        hm.put(List.of(1, 2), Map.of("nested", new int[0].length));
        assertThat(RoundTrip.of(hm)).isInstanceOf(HashMap.class).isEqualTo(hm);
        LinkedHashMap<String, Integer> lhm = new LinkedHashMap<>();
        lhm.put("z", 1);
        lhm.put("a", 2);
        assertThat(RoundTrip.of(lhm)).isInstanceOf(LinkedHashMap.class).containsExactly(Map.entry("z", 1), Map.entry("a", 2));
        TreeMap<Integer, String> tm = new TreeMap<>(Map.of(3, "c", 1, "a"));
        assertThat(RoundTrip.of(tm)).isInstanceOf(TreeMap.class).containsExactly(Map.entry(1, "a"), Map.entry(3, "c"));
        ConcurrentHashMap<String, Long> chm = new ConcurrentHashMap<>(Map.of("k", 1L));
        assertThat(RoundTrip.of(chm)).isInstanceOf(ConcurrentHashMap.class).isEqualTo(chm);
        assertThat(RoundTrip.of(new HashMap<>())).isEmpty();
        Map<String, Integer> imm = RoundTrip.of(Map.of("x", 1));
        assertThatThrownBy(() -> imm.put("y", 2)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void shouldSendCopiesOfCollectionViews() {
        List<Integer> numbers = new ArrayList<>(IntStream.range(0, 100).boxed().toList());
        List<Integer> chunk = RoundTrip.of(numbers.subList(10, 20));
        assertThat(chunk).isInstanceOf(ArrayList.class).containsExactlyElementsOf(numbers.subList(10, 20));
        assertThat(RoundTrip.of(new LinkedList<>(numbers).subList(0, 3))).containsExactly(0, 1, 2);
        assertThat(RoundTrip.of(Arrays.asList(1, 2, 3).subList(1, 3))).containsExactly(2, 3);
        TreeMap<String, Integer> tm = new TreeMap<>(Map.of("b", 2, "a", 1, "c", 3));
        assertThat(RoundTrip.of(tm.keySet())).isInstanceOf(LinkedHashSet.class).containsExactly("a", "b", "c");
        assertThat(RoundTrip.of(tm.values())).isInstanceOf(ArrayList.class).containsExactly(1, 2, 3);
        assertThat(RoundTrip.of(tm.headMap("c"))).containsExactly(Map.entry("a", 1), Map.entry("b", 2));
        assertThat(RoundTrip.of(new HashMap<>(Map.of("k", 1)).entrySet())).containsExactly(Map.entry("k", 1));
    }

    @Test
    void shouldRoundTripEntries() {
        assertThat(RoundTrip.of(Map.entry("k", 1))).isEqualTo(Map.entry("k", 1));
        AbstractMap.SimpleEntry<String, Object> e = new AbstractMap.SimpleEntry<>("k", null);
        assertThat(RoundTrip.of(e)).isInstanceOf(AbstractMap.SimpleEntry.class).isEqualTo(e);
    }

    @Test
    void shouldRoundTripRecordsAndEnums() {
        Named n = new Named("shape", List.of(new Point(1, 2), new Point(3, 4)), Map.of("w", 2.5), Color.GREEN);
        assertThat(RoundTrip.of(n)).isEqualTo(n);
        assertThat(RoundTrip.of(new Named(null, null, null, null))).isEqualTo(new Named(null, null, null, null));
        assertThat(RoundTrip.of(Color.GREEN)).isSameAs(Color.GREEN);
        List<Point> many = IntStream.range(0, 1000).mapToObj(i -> new Point(i, -i)).toList();
        byte[] bytes = RoundTrip.encode(Codecs.objects(), many);
        assertThat(bytes.length).as("class name written once").isLessThan(1000 * 12 + 100);
        assertThat(RoundTrip.<List<Point>>decode(Codecs.objects(), bytes)).isEqualTo(many);
    }

    @Test
    void shouldRoundTripDeeplyNestedStructures() {
        Object v = "leaf";
        for (int i = 0; i < 100; i++) {
            v = i % 2 == 0 ? List.of(v, i) : Map.of("k" + i, v);
        }
        assertThat(RoundTrip.of(v)).isEqualTo(v);
    }

    @Test
    void shouldFailClearlyOnCycles() {
        List<Object> self = new ArrayList<>();
        self.add(self);
        assertThatThrownBy(() -> RoundTrip.encode(Codecs.objects(), self))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("nested deeper than");
    }
}
