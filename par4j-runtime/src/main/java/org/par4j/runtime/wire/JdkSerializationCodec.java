package org.par4j.runtime.wire;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.NotSerializableException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import org.par4j.NotSerializableTaskException;

/**
 * JDK serialization behind an {@link ObjectInputFilter} that bounds depth, references and array
 * sizes: the fallback for what the fast codecs do not carry. Length-prefixed.
 */
public final class JdkSerializationCodec implements ObjectCodec {
    private static final ObjectInputFilter LIMITS =
            ObjectInputFilter.Config.createFilter("maxdepth=200;maxrefs=10000000;maxarray=2147483639;!org.apache.commons.collections.functors.*;!org.codehaus.groovy.runtime.*");

    @Override
    public void encode(Object value, WireOutput out) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        try (ObjectOutputStream oos = new ObjectOutputStream(bytes)) {
            oos.writeObject(value);
        } catch (NotSerializableException e) {
            throw new NotSerializableTaskException("cannot serialize " + describe(value) + ": it holds an instance of "
                    + e.getMessage() + ", which is not Serializable", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] b = bytes.toByteArray();
        out.writeInt(b.length);
        out.writeBytes(b, 0, b.length);
    }

    @Override
    public Object decode(WireInput in) {
        int n = in.readInt();
        ByteArrayInputStream bytes = new ByteArrayInputStream(in.array(), in.position(), n);
        in.skip(n);
        try (ObjectInputStream ois = new ContextObjectInputStream(bytes)) {
            ois.setObjectInputFilter(LIMITS);
            return ois.readObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("class not found here: " + e.getMessage(), e);
        }
    }

    private static String describe(Object value) {
        return value == null ? "null" : value.getClass().getName();
    }

    /** Resolves classes with the thread's context class loader, where user classes live. */
    private static final class ContextObjectInputStream extends ObjectInputStream {
        ContextObjectInputStream(ByteArrayInputStream in) throws IOException {
            super(in);
        }

        @Override
        protected Class<?> resolveClass(java.io.ObjectStreamClass desc) throws IOException, ClassNotFoundException {
            ClassLoader cl = Thread.currentThread().getContextClassLoader();
            if (cl != null) {
                try {
                    return Class.forName(desc.getName(), false, cl);
                } catch (ClassNotFoundException e) {
                    // fall through to the default resolution (primitives, platform classes)
                }
            }
            return super.resolveClass(desc);
        }
    }
}
