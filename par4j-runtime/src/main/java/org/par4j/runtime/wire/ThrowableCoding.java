package org.par4j.runtime.wire;

import java.lang.reflect.Constructor;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Objects;
import java.util.Set;
import org.par4j.RemoteException;

/**
 * Exceptions travel twice: as their JDK serialization (when it works; it keeps custom fields) and as
 * a plain tree of class name, message, stack trace, cause and suppressed exceptions. The receiver
 * uses the first when every class in it loads here, else rebuilds each exception of the tree: the
 * original class through its {@code (String, Throwable)}, {@code (String)} or {@code ()} constructor
 * when it loads and keeps the message, otherwise a {@link RemoteException} carrying the class name,
 * message and remote stack trace. Decoding an intact exception never fails.
 *
 * <pre>
 *   THROWABLE, varint b, b bytes of JDK serialization (b = 0: none), varint n, node (n bytes)
 *   node  = class name, message?, varint f, f frames, has cause (byte) [node], varint s, s nodes
 *   frame = loader?, module?, module version?, class, method, file?, line i32     (? = may be null)
 * </pre>
 */
final class ThrowableCoding {
    private ThrowableCoding() {
    }

    /** Writes the tag and the exception. */
    static void write(Throwable t, WireOutput out) {
        out.writeByte(WireTag.THROWABLE);
        byte[] blob = jdkBytes(t);
        out.writeVarInt(blob.length);
        out.writeBytes(blob, 0, blob.length);
        WireOutput node = new WireOutput(1024);
        writeNode(t, node, Collections.newSetFromMap(new IdentityHashMap<>()), 0);
        out.writeVarInt(node.size());
        out.writeBytes(node.array(), 0, node.size());
    }

    /** Reads an exception after its tag. */
    static Throwable read(WireInput in) {
        int b = in.readCount(1);
        int blobAt = in.position();
        in.skip(b);
        int n = in.readCount(1);
        int nodeAt = in.position();
        in.skip(n);
        if (b > 0) {
            try {
                if (JdkSerializationCodec.deserialize(in.array(), blobAt, b) instanceof Throwable t) {
                    return t;
                }
            } catch (RuntimeException | LinkageError e) {
                // a class of the chain is not loadable (or not initializable) here: rebuild from the tree
            }
        }
        return readNode(new WireInput(in.array(), nodeAt, n), 0);
    }

    private static byte[] jdkBytes(Throwable t) {
        try {
            return JdkSerializationCodec.serialize(t);
        } catch (Exception | StackOverflowError e) {
            return new byte[0]; // holds something not Serializable: the tree alone will do
        }
    }

    private static void writeNode(Throwable t, WireOutput out, Set<Throwable> seen, int depth) {
        if (depth > WireLimits.MAX_DEPTH) {
            throw WireLimits.tooDeep("encode " + t.getClass().getName());
        }
        seen.add(t);
        StringCoding.writeBody(t.getClass().getName(), out);
        StringCoding.writeNullable(messageOf(t), out);
        StackTraceElement[] frames = t.getStackTrace();
        out.writeVarInt(frames.length);
        for (StackTraceElement f : frames) {
            StringCoding.writeNullable(f.getClassLoaderName(), out);
            StringCoding.writeNullable(f.getModuleName(), out);
            StringCoding.writeNullable(f.getModuleVersion(), out);
            StringCoding.writeBody(f.getClassName(), out);
            StringCoding.writeBody(f.getMethodName(), out);
            StringCoding.writeNullable(f.getFileName(), out);
            out.writeInt(f.getLineNumber());
        }
        Throwable cause = causeOf(t);
        boolean hasCause = cause != null && !seen.contains(cause);
        out.writeByte(hasCause ? 1 : 0);
        if (hasCause) {
            writeNode(cause, out, seen, depth + 1);
        }
        Throwable[] suppressed = t.getSuppressed();
        int count = 0;
        for (Throwable s : suppressed) {
            count += seen.contains(s) ? 0 : 1;
        }
        out.writeVarInt(count);
        for (Throwable s : suppressed) {
            if (!seen.contains(s)) {
                writeNode(s, out, seen, depth + 1);
            }
        }
    }

    /** A user exception's getMessage may throw: the report of a failure must not fail. */
    private static String messageOf(Throwable t) {
        try {
            return t.getMessage();
        } catch (RuntimeException e) {
            return "(getMessage() threw " + e + ")";
        }
    }

    private static Throwable causeOf(Throwable t) {
        try {
            return t.getCause();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static Throwable readNode(WireInput in, int depth) {
        if (depth > WireLimits.MAX_DEPTH) {
            throw WireLimits.tooDeep("decode an exception");
        }
        String className = StringCoding.readBody(in);
        String message = StringCoding.readNullable(in);
        int n = in.readCount(9);
        StackTraceElement[] frames = new StackTraceElement[n];
        for (int i = 0; i < n; i++) {
            String loader = StringCoding.readNullable(in);
            String module = StringCoding.readNullable(in);
            String version = StringCoding.readNullable(in);
            String cls = StringCoding.readBody(in);
            String method = StringCoding.readBody(in);
            String file = StringCoding.readNullable(in);
            frames[i] = new StackTraceElement(loader, module, version, cls, method, file, in.readInt());
        }
        Throwable cause = in.readByte() == 1 ? readNode(in, depth + 1) : null;
        Throwable t = rebuild(className, message, cause);
        t.setStackTrace(frames);
        int s = in.readCount(1);
        for (int i = 0; i < s; i++) {
            t.addSuppressed(readNode(in, depth + 1));
        }
        return t;
    }

    private static Throwable rebuild(String className, String message, Throwable cause) {
        try {
            Class<?> cls = ClassResolver.load(className);
            if (Throwable.class.isAssignableFrom(cls)) {
                Throwable t = construct(cls, message, cause);
                if (t != null && Objects.equals(t.getMessage(), message)) {
                    if (cause != null && t.getCause() == null) {
                        t.initCause(cause);
                    }
                    if (t.getCause() == cause) {
                        return t;
                    }
                }
            }
        } catch (ClassNotFoundException | LinkageError | RuntimeException e) {
            // not loadable or not rebuildable here: stand in for it
        }
        RemoteException r = new RemoteException(className, message);
        if (cause != null) {
            r.initCause(cause);
        }
        return r;
    }

    private static Throwable construct(Class<?> cls, String message, Throwable cause) throws LinkageError {
        Object[][] argLists = {{message, cause}, {message}, {}};
        Class<?>[][] signatures = {{String.class, Throwable.class}, {String.class}, {}};
        for (int i = 0; i < signatures.length; i++) {
            try {
                Constructor<?> c = cls.getDeclaredConstructor(signatures[i]);
                c.setAccessible(true);
                return (Throwable) c.newInstance(argLists[i]);
            } catch (ReflectiveOperationException | RuntimeException e) {
                // try the next constructor
            }
        }
        return null;
    }
}
