package org.par4j.bench.jmh;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
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
import org.par4j.runtime.wire.Codecs;
import org.par4j.runtime.wire.ForyCodec;
import org.par4j.runtime.wire.JdkSerializationCodec;
import org.par4j.runtime.wire.ObjectCodec;
import org.par4j.runtime.wire.WireInput;
import org.par4j.runtime.wire.WireOutput;

/**
 * Encode + decode round trips of the values par4j ships most: the course's small dict, a chunk of
 * {@code Pool.map} over 12,500 Integers, a capturing lambda, and a million doubles. The Fory and JDK
 * variants are the references for the small map.
 *
 * <pre>
 * ./mvnw -q -o verify -pl par4j-bench -am -DskipTests
 * java --sun-misc-unsafe-memory-access=allow -cp "par4j-bench/target/classes:$(cat par4j-bench/target/classpath)" \
 *      org.openjdk.jmh.Main CodecBenchmark -f 1 -wi 3 -i 5 -w 1 -r 1
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "--sun-misc-unsafe-memory-access=allow")
public class CodecBenchmark {
    private final ObjectCodec fast = Codecs.objects();
    private final ObjectCodec fory = new ForyCodec();
    private final ObjectCodec jdk = new JdkSerializationCodec();
    private final WireOutput out = new WireOutput(1 << 16);
    private final Map<String, Object> smallMap = Map.of("a", 7, "b", 3.14);
    private final List<Integer> chunk = IntStream.range(0, 12_500).boxed().toList();
    private final Object[] chunkArray = chunk.toArray();
    private final double[] doubles = new double[1_000_000];
    private final int offset = 17;
    private final List<Integer> weights = List.of(1, 2, 3);
    private final SerializableFunction<Integer, Integer> lambda = capture(offset, weights);

    private static SerializableFunction<Integer, Integer> capture(int offset, List<Integer> weights) {
        return x -> x * weights.get(x % 3) + offset;
    }

    private Object roundTrip(ObjectCodec codec, Object value) {
        out.reset();
        codec.encode(value, out);
        return codec.decode(new WireInput(out.array(), 0, out.size()));
    }

    /** The course's {@code {"a": 7, "b": 3.14}}. */
    @Benchmark
    public Object smallMap() {
        return roundTrip(fast, smallMap);
    }

    /** The same through Fory alone (the fallback), for reference. */
    @Benchmark
    public Object smallMapFory() {
        return roundTrip(fory, smallMap);
    }

    /** The same through ObjectOutputStream / ObjectInputStream, for reference. */
    @Benchmark
    public Object smallMapJdk() {
        return roundTrip(jdk, smallMap);
    }

    /** One automatic chunk of {@code Pool.map} over Integers. */
    @Benchmark
    public Object integerList12500() {
        return roundTrip(fast, chunk);
    }

    /** The same chunk as the pool ships it today: {@code subList(..).toArray()}. */
    @Benchmark
    public Object integerArray12500() {
        return roundTrip(fast, chunkArray);
    }

    /** A lambda capturing an int and a list. */
    @Benchmark
    public Object capturingLambda() {
        return roundTrip(fast, lambda);
    }

    /** 8 MB of doubles: one bulk copy each way. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Object doubleArray1M() {
        return roundTrip(fast, doubles);
    }
}
