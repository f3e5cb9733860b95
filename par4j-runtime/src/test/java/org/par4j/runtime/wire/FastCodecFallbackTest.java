package org.par4j.runtime.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.par4j.NotSerializableTaskException;

class FastCodecFallbackTest {
    /** A plain-data class that is not Serializable: Fory carries it. */
    static final class Pojo {
        String name;
        List<Integer> values = new ArrayList<>();
        Pojo self;

        @Override
        public boolean equals(Object o) {
            return o instanceof Pojo p && Objects.equals(name, p.name) && values.equals(p.values);
        }

        @Override
        public int hashCode() {
            return Objects.hash(name, values);
        }
    }

    static final class Bean implements Serializable {
        private static final long serialVersionUID = 1L;
        final String label;
        final transient int ignored;

        Bean(String label, int ignored) {
            this.label = label;
            this.ignored = ignored;
        }
    }

    /** A fallback that always fails, to drive the JDK step. */
    static final class FailingCodec implements ObjectCodec {
        @Override
        public void encode(Object value, WireOutput out) {
            out.writeInt(12345);
            throw new UnsupportedOperationException("cannot");
        }

        @Override
        public Object decode(WireInput in) {
            throw new AssertionError("never written");
        }
    }

    static final class HoldsThread implements Serializable {
        private static final long serialVersionUID = 1L;
        @SuppressWarnings("unused")
        private final Thread thread = Thread.currentThread();
    }

    @Test
    void shouldCarryPlainObjectsThroughFory() {
        Pojo p = new Pojo();
        p.name = "pojo";
        p.values.add(3);
        p.self = p;
        byte[] bytes = RoundTrip.encode(Codecs.objects(), p);
        assertThat(bytes[0]).isEqualTo(WireTag.FALLBACK);
        Pojo back = RoundTrip.decode(Codecs.objects(), bytes);
        assertThat(back).isEqualTo(p);
        assertThat(back.self).as("Fory keeps cycles").isSameAs(back);
        assertThat(RoundTrip.of(List.of(p, "x")).get(0)).isEqualTo(p);
    }

    @Test
    void shouldUseFallbackForSortedCollectionsWithComparators() {
        TreeMap<String, Integer> reversed = new TreeMap<>(java.util.Comparator.reverseOrder());
        reversed.putAll(Map.of("a", 1, "b", 2));
        TreeMap<String, Integer> back = RoundTrip.of(reversed);
        assertThat(back).containsExactly(Map.entry("b", 2), Map.entry("a", 1));
    }

    /** Serializable, but holds plain data that is not. */
    static final class Wrapper implements Serializable {
        private static final long serialVersionUID = 1L;
        final Pojo inner = new Pojo();
    }

    @Test
    void shouldSendSerializableObjectsThroughJdkSerializationByDefault() {
        byte[] bytes = RoundTrip.encode(Codecs.objects(), new Bean("jdk", 9));
        assertThat(bytes[0]).isEqualTo(WireTag.JDK);
        Bean back = RoundTrip.decode(Codecs.objects(), bytes);
        assertThat(back.label).isEqualTo("jdk");
        assertThat(back.ignored).isZero();
    }

    @Test
    void shouldSendSerializableObjectsThroughForyFirstWhenPreferred() {
        FastCodec preferFory = new FastCodec(new ForyCodec(), true);
        byte[] bytes = RoundTrip.encode(preferFory, new Bean("fory", 9));
        assertThat(bytes[0]).isEqualTo(WireTag.FALLBACK);
        assertThat(RoundTrip.<Bean>decode(preferFory, bytes).label).isEqualTo("fory");
    }

    @Test
    void shouldFallBackToJdkSerializationWhenThePreferredFallbackFails() {
        FastCodec codec = new FastCodec(new FailingCodec(), true);
        byte[] bytes = RoundTrip.encode(codec, new Bean("jdk", 9));
        assertThat(bytes[0]).isEqualTo(WireTag.JDK);
        assertThat(RoundTrip.<Bean>decode(codec, bytes).label).isEqualTo("jdk");
    }

    @Test
    void shouldLetForyCarrySerializableGraphsHoldingPlainData() {
        Wrapper w = new Wrapper();
        w.inner.name = "inside";
        byte[] bytes = RoundTrip.encode(Codecs.objects(), w);
        assertThat(bytes[0]).isEqualTo(WireTag.FALLBACK);
        assertThat(RoundTrip.<Wrapper>decode(Codecs.objects(), bytes).inner.name).isEqualTo("inside");
        org.par4j.SerializableSupplier<Object> captures = () -> w;
        assertThatThrownBy(() -> RoundTrip.encode(Codecs.objects(), captures))
                .isInstanceOf(NotSerializableTaskException.class)
                .hasMessageContaining("captures an instance of " + Wrapper.class.getName() + ", which holds an instance of "
                        + Pojo.class.getName());
    }

    @Test
    void shouldRefuseObjectsNoCodecCanCarry() {
        assertThatThrownBy(() -> RoundTrip.encode(Codecs.objects(), List.of(new Object())))
                .isInstanceOf(NotSerializableTaskException.class)
                .hasMessage("cannot ship an instance of java.lang.Object, which is not Serializable");
        assertThatThrownBy(() -> RoundTrip.encode(Codecs.objects(), Thread.currentThread()))
                .isInstanceOf(NotSerializableTaskException.class).hasMessageContaining("java.lang.Thread");
        assertThatThrownBy(() -> RoundTrip.encode(new FastCodec(new FailingCodec(), false), new HoldsThread()))
                .isInstanceOf(NotSerializableTaskException.class)
                .hasMessageContaining(HoldsThread.class.getName() + ", which holds an instance of java.lang.Thread");
        assertThatThrownBy(() -> RoundTrip.encode(Codecs.objects(), new HoldsThread()))
                .isInstanceOf(NotSerializableTaskException.class)
                .hasMessageContaining(HoldsThread.class.getName() + ", which holds an instance of java.lang.Thread");
    }

    @Test
    void shouldRefuseSerializableCapturesHoldingThreadsThroughEitherFallback() {
        HoldsThread h = new HoldsThread();
        org.par4j.SerializableSupplier<Object> f = () -> h;
        assertThatThrownBy(() -> RoundTrip.encode(Codecs.objects(), f))
                .isInstanceOf(NotSerializableTaskException.class)
                .hasMessageContaining("lambda in " + FastCodecFallbackTest.class.getName() + " captures")
                .hasMessageContaining("java.lang.Thread");
    }

    @Test
    void shouldRoundTripThroughTheStandaloneCodecs() {
        for (ObjectCodec codec : List.of(new ForyCodec(), new JdkSerializationCodec())) {
            Map<String, Object> m = Map.of("a", 7, "b", List.of(3.14));
            assertThat(RoundTrip.<Object>decode(codec, RoundTrip.encode(codec, m))).isEqualTo(m);
        }
    }
}
