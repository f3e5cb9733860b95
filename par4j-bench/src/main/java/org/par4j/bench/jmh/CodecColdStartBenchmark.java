package org.par4j.bench.jmh;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.par4j.SerializableFunction;
import org.par4j.runtime.wire.FastCodec;
import org.par4j.runtime.wire.ForyCodec;
import org.par4j.runtime.wire.JdkSerializationCodec;
import org.par4j.runtime.wire.ObjectCodec;
import org.par4j.runtime.wire.WireInput;
import org.par4j.runtime.wire.WireOutput;

/**
 * The first round trip in a fresh JVM (class loading, static set-up, interpreter): what a newly
 * started worker pays once. Every measurement is a new fork; nothing runs before it.
 *
 * <pre>
 * java --sun-misc-unsafe-memory-access=allow -cp "par4j-bench/target/classes:$(cat par4j-bench/target/classpath)" \
 *      org.openjdk.jmh.Main CodecColdStartBenchmark
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(value = 10, jvmArgsAppend = "--sun-misc-unsafe-memory-access=allow")
public class CodecColdStartBenchmark {

    /** A plain object: only the fallback carries it. */
    public static final class Pojo {
        String name = "pojo";
        List<Integer> values = new ArrayList<>(List.of(1, 2, 3));
        double weight = 2.5;
    }

    private static Object roundTrip(ObjectCodec codec, Object value) {
        WireOutput out = new WireOutput(256);
        codec.encode(value, out);
        return codec.decode(new WireInput(out.array(), 0, out.size()));
    }

    /** FastCodec's first small map: Fory must stay unloaded. */
    @Benchmark
    public Object fastCodecSmallMap() {
        return roundTrip(new FastCodec(), Map.of("a", 7, "b", 3.14));
    }

    /** FastCodec's first lambda, what a new worker decodes first (lambda class spun on both sides). */
    @Benchmark
    public Object fastCodecLambda() {
        int offset = 3;
        SerializableFunction<Integer, Integer> f = x -> x + offset;
        return roundTrip(new FastCodec(), f);
    }

    /** Fory's first small map (its class loading and set-up). */
    @Benchmark
    public Object forySmallMap() {
        return roundTrip(new ForyCodec(), Map.of("a", 7, "b", 3.14));
    }

    /** Fory's first POJO (adds its serializer generation for the class). */
    @Benchmark
    public Object foryPojo() {
        return roundTrip(new ForyCodec(), new Pojo());
    }

    /** ObjectOutputStream's first small map. */
    @Benchmark
    public Object jdkSmallMap() {
        return roundTrip(new JdkSerializationCodec(), Map.of("a", 7, "b", 3.14));
    }
}
