package org.par4j.runtime.wire;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.SerializedLambda;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Serializable lambdas and method references, without JDK serialization. A lambda's class gives its
 * {@link SerializedLambda} through the private {@code writeReplace} the compiler generates; every
 * field but the captured values is the same for all instances of the class, so it is encoded once
 * per class into a header. The receiver rebuilds the lambda by calling the capturing class's
 * private static {@code $deserializeLambda$}, which is what JDK serialization does too: the same
 * checks run, and only lambdas the capturing class really contains can be made.
 *
 * <pre>
 *   LAMBDA, fingerprint i64, varint n, header (n bytes), varint k, k captured values
 *   header = capturing class, interface, its method name and signature, impl kind (varint),
 *            impl class, impl method name and signature, instantiated type: strings
 * </pre>
 *
 * The fingerprint (a hash of the header) finds the receiver's cached, already parsed header; the
 * header bytes are compared before the cache entry is used. Both caches are per class and thread-safe.
 */
final class LambdaCoding {
    private static final ClassValue<Writer> WRITERS = new ClassValue<>() {
        @Override
        protected Writer computeValue(Class<?> type) {
            return Writer.of(type);
        }
    };
    private static final ClassValue<MethodHandle> DESERIALIZERS = new ClassValue<>() {
        @Override
        protected MethodHandle computeValue(Class<?> type) {
            try {
                Method m = type.getDeclaredMethod("$deserializeLambda$", SerializedLambda.class);
                m.setAccessible(true);
                return MethodHandles.lookup().unreflect(m).asType(MethodType.methodType(Object.class, SerializedLambda.class));
            } catch (ReflectiveOperationException | RuntimeException e) {
                throw new IllegalStateException(type.getName() + " has no accessible $deserializeLambda$: " + e, e);
            }
        }
    };
    private static final Map<Long, Reader> READERS = new ConcurrentHashMap<>();

    private LambdaCoding() {
    }

    /** @return whether {@code writeReplace} of this lambda class can be called from here */
    static boolean canAccess(Class<?> lambdaClass) {
        try {
            WRITERS.get(lambdaClass);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    static Writer writer(Class<?> lambdaClass) {
        return WRITERS.get(lambdaClass);
    }

    /** Reads a header (after the tag) and returns what rebuilds the lambda once captured values are read. */
    static Reader readHeader(WireInput in) {
        long fingerprint = in.readLong();
        int n = in.readCount(1);
        int at = in.position();
        in.skip(n);
        Reader cached = READERS.get(fingerprint);
        if (cached != null && cached.matches(in.array(), at, n) && ClassResolver.caches()) {
            return cached;
        }
        Reader r = Reader.parse(new WireInput(in.array(), at, n), Arrays.copyOfRange(in.array(), at, at + n));
        if (ClassResolver.caches()) {
            READERS.put(fingerprint, r);
        }
        return r;
    }

    /** The per-class half of a lambda: its {@code writeReplace} and, after the first instance, its header. */
    static final class Writer {
        private final MethodHandle writeReplace;
        private volatile Header header;

        private Writer(MethodHandle writeReplace) {
            this.writeReplace = writeReplace;
        }

        static Writer of(Class<?> type) {
            try {
                Method m = type.getDeclaredMethod("writeReplace");
                m.setAccessible(true);
                return new Writer(MethodHandles.lookup().unreflect(m).asType(MethodType.methodType(Object.class, Object.class)));
            } catch (ReflectiveOperationException | RuntimeException e) {
                throw new IllegalStateException("cannot reach writeReplace of " + type.getName() + ": " + e, e);
            }
        }

        /** @return the lambda's SerializedLambda */
        SerializedLambda extract(Object lambda) {
            try {
                return (SerializedLambda) (Object) writeReplace.invokeExact(lambda);
            } catch (Throwable e) {
                throw new IllegalStateException("writeReplace of " + lambda.getClass().getName() + " failed: " + e, e);
            }
        }

        /** @return the header, the same for every instance of the class */
        Header header(SerializedLambda sl) {
            Header h = header;
            if (h == null) {
                h = Header.of(sl);
                header = h;
            }
            return h;
        }
    }

    /** The encoded fields of a SerializedLambda except the captured values. */
    record Header(byte[] bytes, long fingerprint, String description) {
        static Header of(SerializedLambda sl) {
            WireOutput out = new WireOutput(256);
            StringCoding.writeBody(sl.getCapturingClass(), out);
            StringCoding.writeBody(sl.getFunctionalInterfaceClass(), out);
            StringCoding.writeBody(sl.getFunctionalInterfaceMethodName(), out);
            StringCoding.writeBody(sl.getFunctionalInterfaceMethodSignature(), out);
            out.writeVarInt(sl.getImplMethodKind());
            StringCoding.writeBody(sl.getImplClass(), out);
            StringCoding.writeBody(sl.getImplMethodName(), out);
            StringCoding.writeBody(sl.getImplMethodSignature(), out);
            StringCoding.writeBody(sl.getInstantiatedMethodType(), out);
            byte[] bytes = out.toByteArray();
            long hash = 0xcbf29ce484222325L; // FNV-1a
            for (byte b : bytes) {
                hash = (hash ^ (b & 0xff)) * 0x100000001b3L;
            }
            return new Header(bytes, hash, describe(sl));
        }

        void write(WireOutput out) {
            out.writeLong(fingerprint);
            out.writeVarInt(bytes.length);
            out.writeBytes(bytes, 0, bytes.length);
        }
    }

    /** The per-class half on the receiving side: parsed header and the capturing class's deserializer. */
    record Reader(byte[] header, Class<?> capturingClass, String[] names, int implKind, MethodHandle deserializer) {
        static Reader parse(WireInput in, byte[] header) {
            String capturing = StringCoding.readBody(in);
            String[] names = new String[7];
            for (int i = 0; i < 3; i++) {
                names[i] = StringCoding.readBody(in);
            }
            int implKind = in.readVarInt();
            for (int i = 3; i < 7; i++) {
                names[i] = StringCoding.readBody(in);
            }
            Class<?> cls;
            try {
                cls = ClassResolver.load(capturing.replace('/', '.'));
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("cannot rebuild a lambda: its capturing class " + capturing
                        + " is not on this JVM's class path", e);
            }
            return new Reader(header, cls, names, implKind, DESERIALIZERS.get(cls));
        }

        boolean matches(byte[] buf, int at, int n) {
            return Arrays.equals(header, 0, header.length, buf, at, at + n);
        }

        /** Calls {@code $deserializeLambda$} with the captured values. */
        Object rebuild(Object[] captured) {
            SerializedLambda sl = new SerializedLambda(capturingClass, names[0], names[1], names[2], implKind,
                    names[3], names[4], names[5], names[6], captured);
            try {
                return (Object) deserializer.invokeExact(sl);
            } catch (Throwable e) {
                throw new IllegalStateException("cannot rebuild " + describe(sl) + ": " + e, e);
            }
        }
    }

    /** @return "lambda in com.x.Main" or "method reference String::length in com.x.Main" */
    static String describe(SerializedLambda sl) {
        String owner = sl.getCapturingClass().replace('/', '.');
        String impl = sl.getImplMethodName();
        if (impl.startsWith("lambda$")) {
            return "lambda in " + owner;
        }
        String implClass = sl.getImplClass();
        return "method reference " + implClass.substring(implClass.lastIndexOf('/') + 1) + "::" + impl + " in " + owner;
    }
}
