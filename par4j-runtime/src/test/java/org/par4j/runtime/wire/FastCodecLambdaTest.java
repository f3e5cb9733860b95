package org.par4j.runtime.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.par4j.NotSerializableTaskException;
import org.par4j.SerializableBiFunction;
import org.par4j.SerializableFunction;
import org.par4j.SerializableSupplier;

class FastCodecLambdaTest {
    record Scale(double factor) {
    }

    /** Not Serializable, but plain data. */
    static final class Plain {
        int value = 3;
    }

    @Test
    void shouldRoundTripNonCapturingLambda() {
        SerializableFunction<Integer, Integer> square = x -> x * x;
        SerializableFunction<Integer, Integer> back = RoundTrip.of(square);
        assertThat(back.apply(7)).isEqualTo(49);
    }

    @Test
    void shouldRoundTripLambdasCapturingPrimitivesStringsAndLists() {
        int offset = 5;
        String prefix = "n=";
        List<Integer> weights = new ArrayList<>(List.of(1, 2, 3));
        Scale scale = new Scale(2.0);
        SerializableFunction<Integer, String> f = x -> prefix + (x + offset) * weights.get(x) * scale.factor();
        SerializableFunction<Integer, String> back = RoundTrip.of(f);
        assertThat(back.apply(2)).isEqualTo("n=42.0");
    }

    @Test
    void shouldRoundTripLambdasCapturingOtherLambdas() {
        SerializableFunction<Integer, Integer> inc = x -> x + 1;
        SerializableFunction<Integer, Integer> twice = x -> inc.apply(inc.apply(x));
        SerializableFunction<Integer, Integer> back = RoundTrip.of(twice);
        assertThat(back.apply(40)).isEqualTo(42);
        SerializableFunction<Integer, Integer> composed = RoundTrip.of(List.of(twice, inc)).get(0);
        assertThat(composed.apply(0)).isEqualTo(2);
    }

    @Test
    void shouldRoundTripMethodReferences() {
        SerializableFunction<Double, Double> sqrt = Math::sqrt;
        SerializableFunction<String, Integer> length = String::length;
        SerializableBiFunction<Integer, Integer, Integer> max = Math::max;
        String hello = "hello";
        SerializableSupplier<String> bound = hello::toUpperCase;
        assertThat(RoundTrip.of(sqrt).apply(16.0)).isEqualTo(4.0);
        assertThat(RoundTrip.of(length).apply("four")).isEqualTo(4);
        assertThat(RoundTrip.of(max).apply(3, 9)).isEqualTo(9);
        assertThat(RoundTrip.of(bound).get()).isEqualTo("HELLO");
    }

    @Test
    void shouldRoundTripManyInstancesOfOneLambdaWithDifferentCaptures() {
        List<SerializableSupplier<Integer>> suppliers = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            int k = i;
            suppliers.add(() -> k * 10);
        }
        List<SerializableSupplier<Integer>> back = RoundTrip.of(suppliers);
        for (int i = 0; i < 50; i++) {
            assertThat(back.get(i).get()).isEqualTo(i * 10);
        }
    }

    @Test
    void shouldNameTheCapturedClassWhenALambdaCapturesSomethingNotSerializable() {
        Thread t = Thread.currentThread();
        SerializableSupplier<String> f = () -> t.getName();
        assertThatThrownBy(() -> RoundTrip.encode(Codecs.objects(), f))
                .isInstanceOf(NotSerializableTaskException.class)
                .hasMessage("lambda in " + FastCodecLambdaTest.class.getName()
                        + " captures an instance of java.lang.Thread, which is not Serializable");
    }

    @Test
    void shouldRefuseNonSerializablePlainDataCapturedByALambda() {
        Plain p = new Plain();
        SerializableSupplier<Integer> f = () -> p.value;
        assertThatThrownBy(() -> RoundTrip.encode(Codecs.objects(), f))
                .isInstanceOf(NotSerializableTaskException.class)
                .hasMessageContaining("captures an instance of " + Plain.class.getName());
    }

    @Test
    void shouldRefuseNotSerializableValuesNestedInCaptures() {
        List<Object> holder = List.of(Map.of("t", new Object()));
        SerializableSupplier<Integer> f = holder::size;
        assertThatThrownBy(() -> RoundTrip.encode(Codecs.objects(), f))
                .isInstanceOf(NotSerializableTaskException.class)
                .hasMessageContaining("method reference List::size in " + FastCodecLambdaTest.class.getName())
                .hasMessageContaining("java.lang.Object");
    }

    @Test
    void shouldRefuseLambdasWhoseTypeIsNotSerializable() {
        Function<Integer, Integer> plain = x -> x;
        assertThatThrownBy(() -> RoundTrip.encode(Codecs.objects(), plain))
                .isInstanceOf(NotSerializableTaskException.class)
                .hasMessageContaining("a lambda of " + FastCodecLambdaTest.class.getName() + " that is not Serializable");
        SerializableSupplier<Object> wrapping = () -> plain;
        assertThatThrownBy(() -> RoundTrip.encode(Codecs.objects(), wrapping))
                .isInstanceOf(NotSerializableTaskException.class)
                .hasMessageContaining("lambda in " + FastCodecLambdaTest.class.getName() + " captures a lambda");
    }

    @Test
    void shouldLeaveTheOutputUntouchedWhenEncodingFails() {
        WireOutput out = new WireOutput(16);
        out.writeInt(99);
        Thread t = Thread.currentThread();
        SerializableSupplier<String> f = t::getName;
        assertThatThrownBy(() -> Codecs.objects().encode(List.of(1, f), out)).isInstanceOf(NotSerializableTaskException.class);
        assertThat(out.size()).isEqualTo(4);
    }

    @Test
    void shouldCarryJdkLambdasThroughJdkSerialization() {
        java.util.Comparator<Map.Entry<String, Integer>> byKey = Map.Entry.comparingByKey();
        java.util.Comparator<Map.Entry<String, Integer>> back = RoundTrip.of(byKey);
        assertThat(back.compare(Map.entry("a", 1), Map.entry("b", 0))).isNegative();
    }
}
