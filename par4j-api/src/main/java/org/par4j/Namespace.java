package org.par4j;

import java.util.Map;

/**
 * Named attributes held by a {@link Manager}'s server: Python's {@code manager.Namespace()}.
 *
 * <pre>{@code
 * Namespace ns = manager.namespace();
 * ns.set("x", 10);
 * new JvmProcess(() -> ns.set("y", ns.<Integer>get("x") + 1)).start().join();
 * }</pre>
 */
public interface Namespace {

    /**
     * @param <T> the expected type
     * @param name an attribute
     * @return its value, or null if unset
     */
    <T> T get(String name);

    /**
     * @param name an attribute
     * @param value its new value
     */
    void set(String name, Object value);

    /** @return a copy of every attribute */
    Map<String, Object> toMap();
}
