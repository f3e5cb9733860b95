package org.par4j.runtime.queue;

import java.lang.foreign.MemorySegment;
import org.par4j.runtime.wire.Codecs;
import org.par4j.runtime.wire.WireInput;
import org.par4j.runtime.wire.WireOutput;

/**
 * Per-thread buffers for encoding and decoding object messages, reused so that a stream of messages
 * makes no garbage that outlives a call; a buffer grown past {@link #KEEP} is dropped after use.
 */
final class MessageBuffers {
    private static final int KEEP = 1 << 20;
    private static final ThreadLocal<MessageBuffers> LOCAL = ThreadLocal.withInitial(MessageBuffers::new);

    private final WireOutput out = new WireOutput(256);
    private byte[] in = new byte[256];

    private MessageBuffers() {
    }

    /** @return this thread's buffers */
    static MessageBuffers get() {
        return LOCAL.get();
    }

    /**
     * @param value an object
     * @return its encoding, valid until the next call on this thread
     */
    MemorySegment encode(Object value) {
        // Keep a grown buffer while large messages follow each other; drop it after a small one.
        if (out.array().length > KEEP && out.size() <= KEEP) {
            out.reset();
            out.shrink(256);
        }
        out.reset();
        Codecs.objects().encode(value, out);
        return MemorySegment.ofArray(out.array()).asSlice(0, out.size());
    }

    /**
     * @param length bytes the next message has
     * @return an array of at least that many bytes, valid until the next call on this thread
     */
    byte[] receiveBuffer(long length) {
        if (length > Integer.MAX_VALUE - 16) {
            throw new IllegalStateException("an object message of " + length
                    + " bytes is larger than a Java array: send it with sendBytes(MemorySegment)");
        }
        if (in.length < length || in.length > KEEP && length <= KEEP) {
            in = new byte[(int) Math.max(length, 256)];
        }
        return in;
    }

    /**
     * @param bytes a received message, from index 0
     * @param length its length
     * @return the object it encodes
     */
    static Object decode(byte[] bytes, int length) {
        return Codecs.objects().decode(new WireInput(bytes, 0, length));
    }
}
