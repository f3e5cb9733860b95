package org.par4j.runtime.wire;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.NotSerializableException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamClass;
import java.io.UncheckedIOException;
import org.par4j.NotSerializableTaskException;

/**
 * JDK serialization behind an {@link ObjectInputFilter}: how {@link FastCodec} ships
 * {@code Serializable} objects that have no tag of their own (cheap to start, unlike Fory), and
 * usable on its own. The filter bounds nesting depth ({@code par4j.wire.maxDepth}), rejects any array
 * longer than the bytes of the stream (so a corrupt length cannot allocate gigabytes), refuses the
 * known gadget classes ({@code GadgetDenyList}, extended by {@code par4j.wire.deny}), and then defers
 * to a process-wide {@code jdk.serialFilter} if one is set. Classes are resolved with the thread's
 * context class loader first. Length-prefixed (varint). Thread-safe.
 */
public final class JdkSerializationCodec implements ObjectCodec {

    @Override
    public void encode(Object value, WireOutput out) {
        byte[] b;
        try {
            b = serialize(value);
        } catch (NotSerializableException e) {
            throw new NotSerializableTaskException("cannot serialize " + (value == null ? "null" : value.getClass().getName())
                    + ": it holds an instance of " + e.getMessage() + ", which is not Serializable", e);
        }
        out.writeVarInt(b.length);
        out.writeBytes(b, 0, b.length);
    }

    @Override
    public Object decode(WireInput in) {
        int n = in.readCount(1);
        int at = in.position();
        in.skip(n);
        return deserialize(in.array(), at, n);
    }

    /**
     * @param value a Serializable object graph
     * @return its JDK serialization
     * @throws NotSerializableException naming the first class in the graph that is not Serializable
     */
    static byte[] serialize(Object value) throws NotSerializableException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        try (ObjectOutputStream oos = new ObjectOutputStream(bytes)) {
            oos.writeObject(value);
        } catch (NotSerializableException e) {
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException("JDK serialization of " + value.getClass().getName() + " failed", e);
        }
        return bytes.toByteArray();
    }

    /**
     * @param buf bytes written by {@link #serialize}
     * @param off first byte
     * @param len number of bytes
     * @return the object, read through the filter
     * @throws IllegalStateException if the bytes are corrupt, refused by the filter, or name a class
     *     that cannot be loaded here
     */
    static Object deserialize(byte[] buf, int off, int len) {
        try (ObjectInputStream ois = new ResolvingObjectInputStream(new ByteArrayInputStream(buf, off, len))) {
            ois.setObjectInputFilter(filter(len));
            return ois.readObject();
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("JDK deserialization: class not found here: " + e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("JDK deserialization failed: " + e, e);
        }
    }

    private static ObjectInputFilter filter(long streamBytes) {
        ObjectInputFilter limits = info -> {
            if (info.depth() > WireLimits.MAX_DEPTH || info.arrayLength() > streamBytes) {
                return ObjectInputFilter.Status.REJECTED;
            }
            Class<?> cls = info.serialClass();
            if (cls != null && GadgetDenyList.denies(cls.getName())) {
                return ObjectInputFilter.Status.REJECTED;
            }
            return ObjectInputFilter.Status.UNDECIDED;
        };
        ObjectInputFilter global = ObjectInputFilter.Config.getSerialFilter();
        return global == null ? limits : ObjectInputFilter.merge(limits, global);
    }

    /** Resolves classes through {@link ClassResolver}, so user classes load from the context loader. */
    private static final class ResolvingObjectInputStream extends ObjectInputStream {
        ResolvingObjectInputStream(ByteArrayInputStream in) throws IOException {
            super(in);
        }

        @Override
        protected Class<?> resolveClass(ObjectStreamClass desc) throws IOException, ClassNotFoundException {
            try {
                return ClassResolver.load(desc.getName());
            } catch (ClassNotFoundException e) {
                return super.resolveClass(desc); // primitives and what only the platform loader sees
            }
        }
    }
}
