package org.par4j.runtime.wire;

/** Test helper: encode then decode through a codec. */
final class RoundTrip {
    private RoundTrip() {
    }

    static byte[] encode(ObjectCodec codec, Object value) {
        WireOutput out = new WireOutput(64);
        codec.encode(value, out);
        return out.toByteArray();
    }

    @SuppressWarnings("unchecked")
    static <T> T decode(ObjectCodec codec, byte[] bytes) {
        WireInput in = new WireInput(bytes);
        Object v = codec.decode(in);
        if (in.remaining() != 0) {
            throw new AssertionError(in.remaining() + " bytes left after decoding");
        }
        return (T) v;
    }

    static <T> T of(T value) {
        return decode(Codecs.objects(), encode(Codecs.objects(), value));
    }
}
