package org.par4j.runtime.wire;

/**
 * Turns objects into bytes and back: the codec SPI. The default ({@link Codecs#objects()}) is fast for
 * the values tasks carry (boxed numbers, strings, primitive arrays, lists, maps, serializable
 * lambdas) and falls back to a general serializer for the rest. Implementations are thread-safe.
 */
public interface ObjectCodec {

    /**
     * Appends {@code value} to {@code out}.
     *
     * @param value any value the codec supports, null included
     * @param out where the bytes go
     * @throws org.par4j.NotSerializableTaskException if the value (or what it holds) cannot be encoded
     */
    void encode(Object value, WireOutput out);

    /**
     * Reads one value written by {@link #encode}.
     *
     * @param in where the bytes come from; its position moves past the value
     * @return the value
     */
    Object decode(WireInput in);
}
