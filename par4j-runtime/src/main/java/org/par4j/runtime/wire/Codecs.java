package org.par4j.runtime.wire;

/** The codecs in use, chosen once per JVM. */
public final class Codecs {
    private static final ObjectCodec OBJECTS = new FastCodec();

    private Codecs() {
    }

    /** @return the codec for task functions, arguments, results, exceptions and object messages: a {@link FastCodec} */
    public static ObjectCodec objects() {
        return OBJECTS;
    }
}
