package org.par4j.runtime.wire;

import java.lang.reflect.Array;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads one value written by {@link FastEncoder}. One instance per {@code decode} call (nesting depth,
 * the message's class table); not thread-safe. Every count is checked against the bytes left before
 * anything is allocated.
 */
final class FastDecoder {
    private static final ClassValue<Object[]> ENUM_CONSTANTS = new ClassValue<>() {
        @Override
        protected Object[] computeValue(Class<?> type) {
            return type.getEnumConstants();
        }
    };
    private final WireInput in;
    private final ObjectCodec fallback;
    private int depth;
    private List<Class<?>> classes;

    FastDecoder(WireInput in, ObjectCodec fallback) {
        this.in = in;
        this.fallback = fallback;
    }

    Object read() {
        int tag = in.readByte();
        return switch (tag) {
            case WireTag.NULL -> null;
            case WireTag.TRUE -> Boolean.TRUE;
            case WireTag.FALSE -> Boolean.FALSE;
            case WireTag.BYTE -> (byte) in.readByte();
            case WireTag.SHORT -> in.readShort();
            case WireTag.CHAR -> (char) in.readShort();
            case WireTag.INT -> in.readInt();
            case WireTag.LONG -> in.readLong();
            case WireTag.FLOAT -> in.readFloat();
            case WireTag.DOUBLE -> in.readDouble();
            case WireTag.STRING_LATIN1 -> StringCoding.readLatin1(in);
            case WireTag.STRING_UTF16 -> StringCoding.readUtf16(in);
            case WireTag.BOOLEAN_ARRAY, WireTag.BYTE_ARRAY, WireTag.SHORT_ARRAY, WireTag.CHAR_ARRAY, WireTag.INT_ARRAY,
                 WireTag.LONG_ARRAY, WireTag.FLOAT_ARRAY, WireTag.DOUBLE_ARRAY -> PrimitiveArrayCoding.read(tag, in);
            case WireTag.OBJECT_ARRAY -> readObjectArray();
            case WireTag.LIST, WireTag.LINKED_LIST, WireTag.IMMUTABLE_LIST -> readList(tag);
            case WireTag.SET, WireTag.LINKED_SET, WireTag.TREE_SET, WireTag.IMMUTABLE_SET -> readSet(tag);
            case WireTag.MAP, WireTag.LINKED_MAP, WireTag.TREE_MAP, WireTag.IMMUTABLE_MAP, WireTag.CONCURRENT_MAP -> readMap(tag);
            case WireTag.ENTRY, WireTag.IMMUTABLE_ENTRY -> readEntry(tag);
            case WireTag.OPTIONAL -> {
                enter();
                Object v = read();
                depth--;
                yield Optional.ofNullable(v);
            }
            case WireTag.RECORD -> readRecord();
            case WireTag.ENUM -> readEnum();
            case WireTag.LAMBDA -> readLambda();
            case WireTag.THROWABLE -> ThrowableCoding.read(in);
            case WireTag.FALLBACK -> fallback.decode(in);
            case WireTag.JDK -> {
                int n = in.readCount(1);
                int at = in.position();
                in.skip(n);
                yield JdkSerializationCodec.deserialize(in.array(), at, n);
            }
            default -> readValueType(tag);
        };
    }

    private Object readValueType(int tag) {
        return switch (tag) {
            case WireTag.BIG_INTEGER -> new BigInteger(readBytes());
            case WireTag.BIG_DECIMAL -> {
                int scale = in.readInt();
                yield new BigDecimal(new BigInteger(readBytes()), scale);
            }
            case WireTag.UUID -> new UUID(in.readLong(), in.readLong());
            case WireTag.INSTANT -> Instant.ofEpochSecond(in.readLong(), in.readInt());
            case WireTag.DURATION -> Duration.ofSeconds(in.readLong(), in.readInt());
            case WireTag.LOCAL_DATE -> LocalDate.ofEpochDay(in.readLong());
            case WireTag.LOCAL_TIME -> LocalTime.ofNanoOfDay(in.readLong());
            case WireTag.LOCAL_DATE_TIME -> LocalDateTime.of(LocalDate.ofEpochDay(in.readLong()), LocalTime.ofNanoOfDay(in.readLong()));
            default -> throw new IllegalStateException("corrupt message: unknown tag " + tag + " at byte " + (in.position() - 1));
        };
    }

    private byte[] readBytes() {
        int n = in.readCount(1);
        byte[] b = new byte[n];
        in.readBytes(b, 0, n);
        return b;
    }

    private Object readObjectArray() {
        Class<?> component = readClass();
        int n = in.readCount(1);
        Object[] a = (Object[]) Array.newInstance(component, n);
        int format = in.readByte();
        if (format != WireTag.GENERIC) {
            PackedLists.readInto(format, a, in);
            return a;
        }
        enter();
        for (int i = 0; i < n; i++) {
            a[i] = read();
        }
        depth--;
        return a;
    }

    private List<?> readList(int tag) {
        int n = in.readCount(1);
        int format = in.readByte();
        List<Object> list;
        if (format == WireTag.GENERIC) {
            list = new ArrayList<>(n);
            readElements(list, n);
        } else {
            list = PackedLists.read(format, n, in);
        }
        return switch (tag) {
            case WireTag.LINKED_LIST -> new LinkedList<>(list);
            case WireTag.IMMUTABLE_LIST -> Collections.unmodifiableList(list);
            default -> list;
        };
    }

    private Collection<?> readSet(int tag) {
        int n = in.readCount(1);
        if (in.readByte() != WireTag.GENERIC) {
            throw new IllegalStateException("corrupt message: packed set");
        }
        Collection<Object> set = switch (tag) {
            case WireTag.SET -> HashSet.newHashSet(n);
            case WireTag.TREE_SET -> new TreeSet<>();
            default -> LinkedHashSet.newLinkedHashSet(n);
        };
        readElements(set, n);
        return tag == WireTag.IMMUTABLE_SET ? Collections.unmodifiableSet((LinkedHashSet<Object>) set) : set;
    }

    private void readElements(Collection<Object> into, int n) {
        enter();
        for (int i = 0; i < n; i++) {
            into.add(read());
        }
        depth--;
    }

    private Map<?, ?> readMap(int tag) {
        int n = in.readCount(2);
        Map<Object, Object> map = switch (tag) {
            case WireTag.MAP -> HashMap.newHashMap(n);
            case WireTag.TREE_MAP -> new TreeMap<>();
            case WireTag.CONCURRENT_MAP -> new ConcurrentHashMap<>(n);
            default -> LinkedHashMap.newLinkedHashMap(n);
        };
        enter();
        for (int i = 0; i < n; i++) {
            Object k = read();
            map.put(k, read());
        }
        depth--;
        return tag == WireTag.IMMUTABLE_MAP ? Collections.unmodifiableMap(map) : map;
    }

    private Map.Entry<?, ?> readEntry(int tag) {
        enter();
        Object k = read();
        Object v = read();
        depth--;
        return tag == WireTag.ENTRY ? new AbstractMap.SimpleEntry<>(k, v) : new AbstractMap.SimpleImmutableEntry<>(k, v);
    }

    private Object readRecord() {
        Class<?> c = readClass();
        if (!c.isRecord()) {
            throw new IllegalStateException("corrupt message: " + c.getName() + " is not a record");
        }
        RecordCoding.Shape shape = RecordCoding.shape(c);
        Object[] args = new Object[shape.accessors().length];
        enter();
        for (int i = 0; i < args.length; i++) {
            args[i] = read();
        }
        depth--;
        return shape.construct(args);
    }

    private Object readEnum() {
        Class<?> c = readClass();
        int ordinal = in.readVarInt();
        Object[] constants = c.isEnum() ? ENUM_CONSTANTS.get(c) : null;
        if (constants == null || ordinal >= constants.length) {
            throw new IllegalStateException("corrupt message: no constant " + ordinal + " in " + c.getName());
        }
        return constants[ordinal];
    }

    private Object readLambda() {
        LambdaCoding.Reader reader = LambdaCoding.readHeader(in);
        int n = in.readCount(1);
        Object[] captured = new Object[n];
        enter();
        for (int i = 0; i < n; i++) {
            captured[i] = read();
        }
        depth--;
        return reader.rebuild(captured);
    }

    private Class<?> readClass() {
        int k = in.readVarInt();
        if (classes == null) {
            classes = new ArrayList<>(4);
        }
        if (k > 0) {
            if (k > classes.size()) {
                throw new IllegalStateException("corrupt message: class reference " + k + " of " + classes.size());
            }
            return classes.get(k - 1);
        }
        String name = StringCoding.readBody(in);
        try {
            Class<?> c = ClassResolver.load(name);
            classes.add(c);
            return c;
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("class " + name + " is not on this JVM's class path", e);
        }
    }

    private void enter() {
        if (++depth > WireLimits.MAX_DEPTH) {
            throw WireLimits.tooDeep("decode");
        }
    }
}
