package org.par4j.runtime.wire;

import java.io.NotSerializableException;
import java.io.Serializable;
import java.lang.invoke.SerializedLambda;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.ConcurrentModificationException;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.UUID;
import org.par4j.NotSerializableTaskException;

/**
 * Writes one value in {@link FastCodec}'s format. One instance per {@code encode} call (it holds the
 * nesting depth, the class-name table of the message and which lambda's captured values are being
 * written); not thread-safe.
 */
final class FastEncoder {
    private final WireOutput out;
    private final ObjectCodec fallback;
    private final boolean serializableThroughFallback;
    private int depth;
    /** Non-null while writing a lambda's captured values: "lambda in com.x.Main". */
    private String captureOwner;
    private IdentityHashMap<Class<?>, Integer> classIds;

    FastEncoder(WireOutput out, ObjectCodec fallback, boolean serializableThroughFallback) {
        this.out = out;
        this.fallback = fallback;
        this.serializableThroughFallback = serializableThroughFallback;
    }

    void write(Object v) {
        if (v == null) {
            out.writeByte(WireTag.NULL);
            return;
        }
        Class<?> c = v.getClass();
        if (c == String.class) {
            StringCoding.write((String) v, out);
        } else if (c == Integer.class) {
            out.writeByte(WireTag.INT);
            out.writeInt((Integer) v);
        } else if (c == Double.class) {
            out.writeByte(WireTag.DOUBLE);
            out.writeDouble((Double) v);
        } else if (c == Long.class) {
            out.writeByte(WireTag.LONG);
            out.writeLong((Long) v);
        } else {
            writeKind(v, c, TypeKinds.of(c));
        }
    }

    private void writeKind(Object v, Class<?> c, byte kind) {
        switch (kind) {
            case WireTag.TRUE -> out.writeByte((Boolean) v ? WireTag.TRUE : WireTag.FALSE);
            case WireTag.BYTE -> {
                out.writeByte(WireTag.BYTE);
                out.writeByte((Byte) v);
            }
            case WireTag.SHORT -> {
                out.writeByte(WireTag.SHORT);
                out.writeShort((Short) v);
            }
            case WireTag.CHAR -> {
                out.writeByte(WireTag.CHAR);
                out.writeShort((Character) v);
            }
            case WireTag.FLOAT -> {
                out.writeByte(WireTag.FLOAT);
                out.writeFloat((Float) v);
            }
            case WireTag.BOOLEAN_ARRAY, WireTag.BYTE_ARRAY, WireTag.SHORT_ARRAY, WireTag.CHAR_ARRAY, WireTag.INT_ARRAY,
                 WireTag.LONG_ARRAY, WireTag.FLOAT_ARRAY, WireTag.DOUBLE_ARRAY -> PrimitiveArrayCoding.write(kind, v, out);
            case WireTag.OBJECT_ARRAY -> writeObjectArray((Object[]) v);
            case WireTag.LIST, WireTag.LINKED_LIST, WireTag.IMMUTABLE_LIST -> {
                if (v instanceof List<?> list) {
                    writeList(kind, list);
                } else {
                    writeCollection(kind, (Collection<?>) v); // a view such as HashMap.values()
                }
            }
            case WireTag.SET, WireTag.LINKED_SET, WireTag.IMMUTABLE_SET -> writeCollection(kind, (Collection<?>) v);
            case WireTag.TREE_SET -> {
                if (((SortedSet<?>) v).comparator() != null) {
                    writeFallback(v, c);
                } else {
                    writeCollection(kind, (Collection<?>) v);
                }
            }
            case WireTag.MAP, WireTag.LINKED_MAP, WireTag.IMMUTABLE_MAP, WireTag.CONCURRENT_MAP -> writeMap(kind, (Map<?, ?>) v);
            case WireTag.TREE_MAP -> {
                if (((SortedMap<?, ?>) v).comparator() != null) {
                    writeFallback(v, c);
                } else {
                    writeMap(kind, (Map<?, ?>) v);
                }
            }
            case WireTag.ENTRY, WireTag.IMMUTABLE_ENTRY -> {
                out.writeByte(kind);
                enter();
                write(((Map.Entry<?, ?>) v).getKey());
                write(((Map.Entry<?, ?>) v).getValue());
                depth--;
            }
            case WireTag.OPTIONAL -> {
                out.writeByte(WireTag.OPTIONAL);
                enter();
                write(((Optional<?>) v).orElse(null));
                depth--;
            }
            case WireTag.RECORD -> writeRecord(v, c);
            case WireTag.ENUM -> {
                out.writeByte(WireTag.ENUM);
                writeClass(((Enum<?>) v).getDeclaringClass());
                out.writeVarInt(((Enum<?>) v).ordinal());
            }
            case WireTag.LAMBDA -> writeLambda(v, c);
            case WireTag.THROWABLE -> ThrowableCoding.write((Throwable) v, out);
            case WireTag.JDK -> writeJdk(v, c);
            case WireTag.KIND_NOT_SERIALIZABLE_LAMBDA -> throw new NotSerializableTaskException(
                    (captureOwner == null ? "" : captureOwner + " captures ") + "a lambda of " + lambdaOwner(c)
                    + " that is not Serializable: give it a Serializable target type such as org.par4j.SerializableFunction");
            case WireTag.KIND_FALLBACK -> writeFallback(v, c);
            default -> writeValueType(kind, v);
        }
    }

    /** BigInteger, BigDecimal, UUID and java.time values. */
    private void writeValueType(byte kind, Object v) {
        out.writeByte(kind);
        switch (kind) {
            case WireTag.BIG_INTEGER -> writeBytes(((BigInteger) v).toByteArray());
            case WireTag.BIG_DECIMAL -> {
                out.writeInt(((BigDecimal) v).scale());
                writeBytes(((BigDecimal) v).unscaledValue().toByteArray());
            }
            case WireTag.UUID -> {
                out.writeLong(((UUID) v).getMostSignificantBits());
                out.writeLong(((UUID) v).getLeastSignificantBits());
            }
            case WireTag.INSTANT -> {
                out.writeLong(((Instant) v).getEpochSecond());
                out.writeInt(((Instant) v).getNano());
            }
            case WireTag.DURATION -> {
                out.writeLong(((Duration) v).getSeconds());
                out.writeInt(((Duration) v).getNano());
            }
            case WireTag.LOCAL_DATE -> out.writeLong(((LocalDate) v).toEpochDay());
            case WireTag.LOCAL_TIME -> out.writeLong(((LocalTime) v).toNanoOfDay());
            case WireTag.LOCAL_DATE_TIME -> {
                out.writeLong(((LocalDateTime) v).toLocalDate().toEpochDay());
                out.writeLong(((LocalDateTime) v).toLocalTime().toNanoOfDay());
            }
            default -> throw new IllegalStateException("no writer for kind " + kind);
        }
    }

    private void writeBytes(byte[] b) {
        out.writeVarInt(b.length);
        out.writeBytes(b, 0, b.length);
    }

    private void writeObjectArray(Object[] a) {
        out.writeByte(WireTag.OBJECT_ARRAY);
        writeClass(a.getClass().getComponentType());
        out.writeVarInt(a.length);
        if (a.length > 0 && PackedLists.tryWrite(Arrays.asList(a), a.length, out)) {
            return;
        }
        out.writeByte(WireTag.GENERIC);
        enter();
        for (Object e : a) {
            write(e);
        }
        depth--;
    }

    private void writeList(byte tag, List<?> list) {
        int n = list.size();
        out.writeByte(tag);
        out.writeVarInt(n);
        if (n > 0 && list instanceof RandomAccess && PackedLists.tryWrite(list, n, out)) {
            return;
        }
        out.writeByte(WireTag.GENERIC);
        writeElements(list, n);
    }

    private void writeCollection(byte tag, Collection<?> c) {
        int n = c.size();
        out.writeByte(tag);
        out.writeVarInt(n);
        out.writeByte(WireTag.GENERIC);
        writeElements(c, n);
    }

    private void writeElements(Collection<?> c, int n) {
        enter();
        int written = 0;
        for (Object e : c) {
            write(e);
            written++;
        }
        depth--;
        if (written != n) {
            throw new ConcurrentModificationException("a " + c.getClass().getName() + " changed size while being encoded");
        }
    }

    private void writeMap(byte tag, Map<?, ?> map) {
        int n = map.size();
        out.writeByte(tag);
        out.writeVarInt(n);
        enter();
        int written = 0;
        for (Map.Entry<?, ?> e : map.entrySet()) {
            write(e.getKey());
            write(e.getValue());
            written++;
        }
        depth--;
        if (written != n) {
            throw new ConcurrentModificationException("a " + map.getClass().getName() + " changed size while being encoded");
        }
    }

    private void writeRecord(Object v, Class<?> c) {
        RecordCoding.Shape shape = RecordCoding.shape(c);
        out.writeByte(WireTag.RECORD);
        writeClass(c);
        enter();
        for (int i = 0; i < shape.accessors().length; i++) {
            write(shape.component(v, i));
        }
        depth--;
    }

    private void writeLambda(Object v, Class<?> c) {
        LambdaCoding.Writer writer = LambdaCoding.writer(c);
        SerializedLambda sl = writer.extract(v);
        LambdaCoding.Header header = writer.header(sl);
        out.writeByte(WireTag.LAMBDA);
        header.write(out);
        int n = sl.getCapturedArgCount();
        out.writeVarInt(n);
        String outer = captureOwner;
        captureOwner = header.description();
        enter();
        for (int i = 0; i < n; i++) {
            write(sl.getCapturedArg(i));
        }
        depth--;
        captureOwner = outer;
    }

    /** Classes without a tag, in the order of {@link FastCodec}'s class comment. */
    private void writeFallback(Object v, Class<?> c) {
        if (v instanceof Serializable) {
            if (serializableThroughFallback && tryFallback(v) == null) {
                return;
            }
            NotSerializableException refused = tryJdk(v);
            if (refused == null) {
                return;
            }
            // plain data inside a Serializable graph: the fallback may carry it, except in a lambda's captures
            if (captureOwner != null || serializableThroughFallback || tryFallback(v) != null) {
                throw notSerializable(c, refused);
            }
            return;
        }
        if (captureOwner != null) {
            throw new NotSerializableTaskException(captureOwner + " captures an instance of " + c.getName()
                    + ", which is not Serializable");
        }
        if (TypeKinds.isPlatformClass(c)) {
            throw new NotSerializableTaskException("cannot ship an instance of " + c.getName() + ", which is not Serializable");
        }
        Throwable failure = tryFallback(v);
        if (failure != null) {
            throw new NotSerializableTaskException("cannot ship an instance of " + c.getName()
                    + ": it is not Serializable and the fallback codec failed: " + failure.getMessage(), failure);
        }
    }

    /** @return null when written, else why not (nothing is left in the output then) */
    private Throwable tryFallback(Object v) {
        int mark = out.size();
        out.writeByte(WireTag.FALLBACK);
        try {
            fallback.encode(v, out);
            return null;
        } catch (RuntimeException | StackOverflowError e) {
            out.truncate(mark);
            return e;
        }
    }

    /** @return null when written, else JDK serialization's refusal */
    private NotSerializableException tryJdk(Object v) {
        byte[] b;
        try {
            b = JdkSerializationCodec.serialize(v);
        } catch (NotSerializableException e) {
            return e;
        }
        out.writeByte(WireTag.JDK);
        writeBytes(b);
        return null;
    }

    private void writeJdk(Object v, Class<?> c) {
        NotSerializableException refused = tryJdk(v);
        if (refused != null) {
            throw notSerializable(c, refused);
        }
    }

    private NotSerializableTaskException notSerializable(Class<?> c, NotSerializableException e) {
        return new NotSerializableTaskException((captureOwner == null ? "cannot ship " : captureOwner + " captures ")
                + "an instance of " + c.getName() + ", which holds an instance of " + e.getMessage()
                + ", which is not Serializable", e);
    }

    private void writeClass(Class<?> c) {
        if (classIds == null) {
            classIds = new IdentityHashMap<>();
        }
        Integer id = classIds.get(c);
        if (id != null) {
            out.writeVarInt(id + 1);
            return;
        }
        classIds.put(c, classIds.size());
        out.writeVarInt(0);
        StringCoding.writeBody(c.getName(), out);
    }

    private void enter() {
        if (++depth > WireLimits.MAX_DEPTH) {
            throw WireLimits.tooDeep("encode");
        }
    }

    private static String lambdaOwner(Class<?> hidden) {
        String name = hidden.getName();
        int cut = name.indexOf("$$Lambda");
        return cut > 0 ? name.substring(0, cut) : name;
    }
}
