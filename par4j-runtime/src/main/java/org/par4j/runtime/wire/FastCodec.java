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
 * {@code Collections.unmodifiable*}, {@code empty*}, {@code singleton*}); {@code Map.Entry}; records
 * (components, then the canonical constructor); enums; {@code BigInteger}, {@code BigDecimal},
 * {@code UUID}, {@code Instant}, {@code Duration}, {@code LocalDate}, {@code LocalTime},
 * {@code LocalDateTime}; serializable lambdas and method references (see {@link LambdaCoding});
 * exceptions (see {@link ThrowableCoding}). Lists whose elements are all {@code Integer}, all
 * {@code Long} or all {@code Double} travel packed, 4 or 8 bytes an element.
 *
 * <h2>What comes back</h2>
 * The class that was sent, for the classes above, with two exceptions: {@code Arrays.asList} comes
 * back as an {@code ArrayList} (growable), and every immutable collection comes back as an
 * unmodifiable {@code List}/{@code Set}/{@code Map} view that keeps the sender's iteration order
 * (immutable in, immutable out; equal by {@code equals}, not the same class). Collections match by
 * exact class: a subclass goes to the fallback, which keeps its class. Shared references are
 * written once per occurrence, so a value reached twice comes back as two equal copies; a cycle
 * through these types fails with a clear error at {@code par4j.wire.maxDepth} levels (objects that
 * need shared or cyclic references go to the fallback, which tracks them, when they are not of a
 * type above).
 *
 * <h2>Everything else, in this order</h2>
 * <ol>
 *   <li>the fallback codec, {@link ForyCodec} by default, loaded on first use: for {@code Serializable}
 *       objects and for plain-data objects of application classes that are not {@code Serializable}
 *       (POJOs);</li>
 *   <li>JDK serialization behind an {@link java.io.ObjectInputFilter} ({@link JdkSerializationCodec}):
 *       for {@code Serializable} objects the fallback could not carry, and for lambdas of modules
 *       that are not open to par4j;</li>
 *   <li>otherwise {@link org.par4j.NotSerializableTaskException}, at encode time: a JDK class that
 *       is not {@code Serializable} ({@code Thread}, streams, sockets), a lambda whose target type is
 *       not {@code Serializable}, and anything a lambda captures (directly or inside what it
 *       captures) that is neither of a type above nor {@code Serializable}. The message names the
 *       class and the lambda: "lambda in com.x.Main captures an instance of java.lang.Thread, which
 *       is not Serializable".</li>
 * </ol>
 *
 * <p>Decoding checks every count against the bytes left, bounds nesting by {@code par4j.wire.maxDepth}
 * and throws {@link IllegalStateException} naming the problem on corrupt input. Classes are resolved
 * with the thread's context class loader, then par4j's. Thread-safe: all per-call state lives in a
 * {@link FastEncoder} or {@link FastDecoder}.
 */
public final class FastCodec implements ObjectCodec {
    private final ObjectCodec fallback;

    /** A codec with {@link ForyCodec} as fallback. */
    public FastCodec() {
        this(new ForyCodec());
    }

    /** @param fallback carries objects without a tag of their own (see the class comment) */
    public FastCodec(ObjectCodec fallback) {
        this.fallback = fallback;
    }

    @Override
    public void encode(Object value, WireOutput out) {
        int mark = out.size();
        try {
            new FastEncoder(out, fallback).write(value);
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
