package org.par4j.runtime.wire;

/**
 * The default object codec ({@link Codecs#objects()}): a tagged binary format for the values tasks
 * and messages carry, with a general serializer behind it for everything else.
 *
 * <pre>{@code
 * ObjectCodec codec = Codecs.objects();
 * WireOutput out = new WireOutput(256);
 * codec.encode(Map.of("a", 7, "b", 3.14), out);
 * Map<?, ?> back = (Map<?, ?>) codec.decode(new WireInput(out.array(), 0, out.size()));
 * }</pre>
 *
 * <h2>What it carries itself</h2>
 * null; {@code Boolean}, {@code Byte}, {@code Short}, {@code Character}, {@code Integer}, {@code Long},
 * {@code Float}, {@code Double}; {@code String} (one byte a char when it fits Latin-1); primitive arrays
 * (one bulk copy each way); {@code Object[]} and other reference arrays (component type kept);
 * {@code ArrayList}, {@code LinkedList}, {@code HashSet}, {@code LinkedHashSet}, {@code HashMap},
 * {@code LinkedHashMap}, {@code ConcurrentHashMap}, {@code TreeSet}/{@code TreeMap} in natural order;
 * the immutable collections ({@code List.of}, {@code Set.of}, {@code Map.of}, {@code Stream.toList},
 * {@code Collections.unmodifiable*}, {@code empty*}, {@code singleton*}); the JDK's views that are
 * not Serializable ({@code subList}, {@code keySet}, {@code values}, {@code entrySet}, their
 * entries), sent as copies; {@code Map.Entry}; records
 * (components, then the canonical constructor); enums; {@code BigInteger}, {@code BigDecimal},
 * {@code UUID}, {@code Instant}, {@code Duration}, {@code LocalDate}, {@code LocalTime},
 * {@code LocalDateTime}, {@code Optional}; serializable lambdas and method references (see {@code LambdaCoding});
 * exceptions (see {@code ThrowableCoding}). Lists whose elements are all {@code Integer}, all
 * {@code Long} or all {@code Double} travel packed, 4 or 8 bytes an element.
 *
 * <h2>What comes back</h2>
 * The class that was sent, for the classes above, with three exceptions: {@code Arrays.asList} comes
 * back as an {@code ArrayList} (growable), views come back as {@code ArrayList},
 * {@code LinkedHashSet}, {@code LinkedHashMap} or {@code AbstractMap.SimpleEntry} copies (in
 * iteration order), and every immutable collection comes back as an
 * unmodifiable {@code List}/{@code Set}/{@code Map} view that keeps the sender's iteration order
 * (immutable in, immutable out; equal by {@code equals}, not the same class). Collections match by
 * exact class: a subclass goes to the fallback, which keeps its class. Shared references are
 * written once per occurrence, so a value reached twice comes back as two equal copies; a cycle
 * through these types fails with a clear error at {@code par4j.wire.maxDepth} levels (objects that
 * need shared or cyclic references go to the fallback, which tracks them, when they are not of a
 * type above).
 *
 * <h2>Everything else</h2>
 * <ul>
 *   <li>{@code Serializable} objects: JDK serialization behind an {@link java.io.ObjectInputFilter}
 *       ({@link JdkSerializationCodec}). Fory would be faster per object once loaded, but loading it
 *       costs each JVM 0.4 to 0.9 s (measured by {@code CodecColdStartBenchmark}; JDK serialization:
 *       under 20 ms), and workers start often. {@code -Dpar4j.wire.preferFory=true} sends them
 *       through Fory first instead, for long-lived JVMs that exchange many such objects. If the graph
 *       holds something JDK serialization refuses, Fory gets a chance (not inside a lambda's captures).</li>
 *   <li>objects of application classes that are not {@code Serializable} (plain-data POJOs): the
 *       fallback codec, {@link ForyCodec} by default, loaded on first use (it keeps shared and cyclic
 *       references).</li>
 *   <li>JDK serialization as well for lambdas of modules that are not open to par4j (JDK
 *       comparators, for instance).</li>
 *   <li>otherwise {@link org.par4j.NotSerializableTaskException}, at encode time, before anything is
 *       sent: a JDK class that is not {@code Serializable} ({@code Thread}, streams, sockets), a lambda
 *       whose target type is not {@code Serializable}, and anything a lambda captures (directly or
 *       inside what it captures) that is neither of a type above nor {@code Serializable}. The message
 *       names the class and the lambda: "lambda in com.x.Main captures an instance of
 *       java.lang.Thread, which is not Serializable".</li>
 * </ul>
 *
 * <p>Decoding checks every count against the bytes left, bounds nesting by {@code par4j.wire.maxDepth}
 * and throws {@link IllegalStateException} naming the problem on corrupt input. Classes are resolved
 * with the thread's context class loader, then par4j's. Thread-safe: all per-call state lives in a
 * {@code FastEncoder} or {@code FastDecoder}.
 */
public final class FastCodec implements ObjectCodec {
    /** {@code par4j.wire.preferFory}: send {@code Serializable} objects through Fory before JDK serialization. */
    static final boolean PREFER_FORY = Boolean.getBoolean("par4j.wire.preferFory");
    private final ObjectCodec fallback;
    private final boolean serializableThroughFallback;

    /** A codec with {@link ForyCodec} as fallback, in the order {@code par4j.wire.preferFory} sets. */
    public FastCodec() {
        this(new ForyCodec(), PREFER_FORY);
    }

    /**
     * @param fallback carries objects without a tag of their own (see the class comment)
     * @param serializableThroughFallback whether {@code Serializable} objects try {@code fallback}
     *     before JDK serialization
     */
    public FastCodec(ObjectCodec fallback, boolean serializableThroughFallback) {
        this.fallback = fallback;
        this.serializableThroughFallback = serializableThroughFallback;
    }

    @Override
    public void encode(Object value, WireOutput out) {
        int mark = out.size();
        try {
            new FastEncoder(out, fallback, serializableThroughFallback).write(value);
        } catch (RuntimeException | Error e) {
            out.truncate(mark);
            throw e;
        }
    }

    @Override
    public Object decode(WireInput in) {
        try {
            return new FastDecoder(in, fallback).read();
        } catch (IllegalStateException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            throw new IllegalStateException("cannot decode message: " + e, e);
        }
    }
}
