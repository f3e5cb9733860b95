package org.par4j.runtime.wire;

import java.nio.ByteBuffer;
import org.apache.fory.Fory;
import org.apache.fory.ThreadSafeFory;
import org.apache.fory.config.Language;
import org.apache.fory.logging.LoggerFactory;

/**
 * Apache Fory behind the codec SPI: {@link FastCodec}'s fallback for plain-data objects that have no
 * tag of their own and are not {@code Serializable} (and, with {@code par4j.wire.preferFory}, for
 * {@code Serializable} ones too). Usable on its own. Length-prefixed (varint). Thread-safe.
 *
 * <p>Fory is built on first use, so a JVM that only ever ships simple values never loads it: loading
 * and building it costs a fresh JVM 0.4 to 0.9 s on a 2-core machine. It runs with class registration
 * off (par4j ships arbitrary user classes between JVMs with the same class path), reference tracking
 * on (shared and cyclic graphs survive), the JDK-class Serializable check on (a {@code Thread} or a
 * stream inside a POJO is refused, not shipped field by field), the {@code GadgetDenyList} as type
 * checker, nesting bounded by {@code par4j.wire.maxDepth}, serializer code generation off (it adds
 * about 0.4 s to the first object, compiling serializers, for a steady-state gain under 2x), and its logging
 * off: it prints nothing. Threads borrow Fory instances from Fory's own pool ({@link ThreadSafeFory}),
 * so a new thread does not build a new one.
 *
 * <p>Fory uses {@code sun.misc.Unsafe} memory access: JVMs that use it run with
 * {@code --sun-misc-unsafe-memory-access=allow} (par4j's workers and tests do), otherwise JDK 25
 * prints a one-time warning. If a later JDK denies Unsafe, replace this class behind {@link ObjectCodec}.
 */
public final class ForyCodec implements ObjectCodec {

    @Override
    public void encode(Object value, WireOutput out) {
        byte[] b = Lazy.FORY.serialize(value);
        out.writeVarInt(b.length);
        out.writeBytes(b, 0, b.length);
    }

    @Override
    public Object decode(WireInput in) {
        int n = in.readCount(1);
        int at = in.position();
        in.skip(n);
        try {
            return Lazy.FORY.deserialize(ByteBuffer.wrap(in.array(), at, n));
        } catch (RuntimeException | StackOverflowError e) {
            throw new IllegalStateException("Fory deserialization failed: " + e, e);
        }
    }

    /** Holds the Fory instance: its class is loaded on the first call, not with {@link ForyCodec}. */
    private static final class Lazy {
        static final ThreadSafeFory FORY = build();

        private static ThreadSafeFory build() {
            LoggerFactory.disableLogging();
            return Fory.builder()
                    .withLanguage(Language.JAVA)
                    .requireClassRegistration(false)
                    .suppressClassRegistrationWarnings(true)
                    .withRefTracking(true)
                    .withJdkClassSerializableCheck(true)
                    .withTypeChecker((resolver, className) -> !GadgetDenyList.denies(className))
                    .withMaxDepth(WireLimits.MAX_DEPTH)
                    .withCodegen(false)
                    .buildThreadSafeFory();
        }
    }
}
