package org.par4j.runtime.wire;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Arrays;
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
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Decides once per class how {@link FastEncoder} writes its instances: a {@link WireTag}, or one of
 * the {@code KIND_*} codes for classes without a tag. Collections match by exact class only, so a
 * subclass (or an anonymous {@code new ArrayList<>() {{ ... }}}) keeps its class through the fallback;
 * the JDK's non-Serializable views ({@code subList}, {@code keySet}, {@code values}...) travel as copies.
 */
final class TypeKinds {
    private static final Map<Class<?>, Byte> EXACT = exact();
    private static final ClassValue<Byte> KINDS = new ClassValue<>() {
        @Override
        protected Byte computeValue(Class<?> type) {
            return compute(type);
        }
    };

    private TypeKinds() {
    }

    /**
     * @param type the runtime class of a non-null value
     * @return its tag or kind
     */
    static byte of(Class<?> type) {
        return KINDS.get(type);
    }

    private static byte compute(Class<?> type) {
        Byte exact = EXACT.get(type);
        if (exact != null) {
            return exact;
        }
        if (type.isArray()) {
            return WireTag.OBJECT_ARRAY; // primitive arrays are all in EXACT
        }
        if (type.isRecord()) {
            return RecordCoding.canAccess(type) ? WireTag.RECORD : WireTag.KIND_FALLBACK;
        }
        if (Enum.class.isAssignableFrom(type)) {
            return WireTag.ENUM;
        }
        if (Throwable.class.isAssignableFrom(type)) {
            return WireTag.THROWABLE;
        }
        if (type.isHidden()) {
            if (!Serializable.class.isAssignableFrom(type)) {
                return WireTag.KIND_NOT_SERIALIZABLE_LAMBDA;
            }
            // lambdas of modules that do not open to us (JDK comparators...) go through JDK serialization
            return LambdaCoding.canAccess(type) ? WireTag.LAMBDA : WireTag.JDK;
        }
        if (!Serializable.class.isAssignableFrom(type) && isPlatformClass(type)) {
            return viewKind(type);
        }
        return WireTag.KIND_FALLBACK;
    }

    /**
     * JDK collection views that are not Serializable ({@code subList}, {@code keySet}, {@code values},
     * {@code entrySet} and their entries) travel as copies, in iteration order.
     */
    private static byte viewKind(Class<?> type) {
        if (Set.class.isAssignableFrom(type)) {
            return WireTag.LINKED_SET;
        }
        if (Collection.class.isAssignableFrom(type)) {
            return WireTag.LIST;
        }
        if (Map.class.isAssignableFrom(type)) {
            return WireTag.LINKED_MAP;
        }
        if (Map.Entry.class.isAssignableFrom(type)) {
            return WireTag.ENTRY;
        }
        return WireTag.KIND_FALLBACK;
    }

    /** @return whether the class comes with the JDK (boot or platform loader) */
    static boolean isPlatformClass(Class<?> c) {
        ClassLoader l = c.getClassLoader();
        return l == null || l == ClassLoader.getPlatformClassLoader();
    }

    private static Map<Class<?>, Byte> exact() {
        Map<Class<?>, Byte> m = new HashMap<>();
        m.put(Boolean.class, WireTag.TRUE);
        m.put(Byte.class, WireTag.BYTE);
        m.put(Short.class, WireTag.SHORT);
        m.put(Character.class, WireTag.CHAR);
        m.put(Integer.class, WireTag.INT);
        m.put(Long.class, WireTag.LONG);
        m.put(Float.class, WireTag.FLOAT);
        m.put(Double.class, WireTag.DOUBLE);
        m.put(String.class, WireTag.STRING_LATIN1);
        m.put(boolean[].class, WireTag.BOOLEAN_ARRAY);
        m.put(byte[].class, WireTag.BYTE_ARRAY);
        m.put(short[].class, WireTag.SHORT_ARRAY);
        m.put(char[].class, WireTag.CHAR_ARRAY);
        m.put(int[].class, WireTag.INT_ARRAY);
        m.put(long[].class, WireTag.LONG_ARRAY);
        m.put(float[].class, WireTag.FLOAT_ARRAY);
        m.put(double[].class, WireTag.DOUBLE_ARRAY);
        m.put(BigInteger.class, WireTag.BIG_INTEGER);
        m.put(BigDecimal.class, WireTag.BIG_DECIMAL);
        m.put(UUID.class, WireTag.UUID);
        m.put(Instant.class, WireTag.INSTANT);
        m.put(Duration.class, WireTag.DURATION);
        m.put(LocalDate.class, WireTag.LOCAL_DATE);
        m.put(LocalTime.class, WireTag.LOCAL_TIME);
        m.put(LocalDateTime.class, WireTag.LOCAL_DATE_TIME);
        m.put(Optional.class, WireTag.OPTIONAL);
        putCollections(m);
        return Map.copyOf(m);
    }

    private static void putCollections(Map<Class<?>, Byte> m) {
        m.put(ArrayList.class, WireTag.LIST);
        m.put(Arrays.asList().getClass(), WireTag.LIST);
        m.put(LinkedList.class, WireTag.LINKED_LIST);
        for (List<?> l : List.of(List.of(), List.of(1), List.of(1, 2, 3), List.of(1, 2, 3).subList(0, 1),
                Collections.emptyList(), Collections.singletonList(1), Collections.unmodifiableList(new ArrayList<>()),
                Collections.unmodifiableList(new LinkedList<>()))) {
            m.put(l.getClass(), WireTag.IMMUTABLE_LIST);
        }
        m.put(HashSet.class, WireTag.SET);
        m.put(LinkedHashSet.class, WireTag.LINKED_SET);
        m.put(TreeSet.class, WireTag.TREE_SET);
        for (Set<?> s : List.of(Set.of(), Set.of(1), Set.of(1, 2, 3), Collections.emptySet(), Collections.singleton(1),
                Collections.unmodifiableSet(new HashSet<>()))) {
            m.put(s.getClass(), WireTag.IMMUTABLE_SET);
        }
        m.put(HashMap.class, WireTag.MAP);
        m.put(LinkedHashMap.class, WireTag.LINKED_MAP);
        m.put(TreeMap.class, WireTag.TREE_MAP);
        m.put(ConcurrentHashMap.class, WireTag.CONCURRENT_MAP);
        for (Map<?, ?> mm : List.of(Map.of(), Map.of(1, 1), Map.of(1, 1, 2, 2), Collections.emptyMap(),
                Collections.singletonMap(1, 1), Collections.unmodifiableMap(new HashMap<>()))) {
            m.put(mm.getClass(), WireTag.IMMUTABLE_MAP);
        }
        m.put(AbstractMap.SimpleEntry.class, WireTag.ENTRY);
        m.put(AbstractMap.SimpleImmutableEntry.class, WireTag.IMMUTABLE_ENTRY);
        m.put(Map.entry(1, 1).getClass(), WireTag.IMMUTABLE_ENTRY);
    }
}
