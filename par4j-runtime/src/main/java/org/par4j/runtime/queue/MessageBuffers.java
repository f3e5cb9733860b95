package org.par4j.runtime.queue;

import java.lang.foreign.MemorySegment;
import org.par4j.runtime.wire.Codecs;
import org.par4j.runtime.wire.LargeArrays;
import org.par4j.runtime.wire.WireInput;
import org.par4j.runtime.wire.WireOutput;

/**
 * Per-thread buffers for encoding and decoding object messages, reused so that a stream of messages
 * makes no garbage that outlives a call; a buffer grown past {@link #KEEP} is dropped after use. Large
 * primitive arrays skip both buffers ({@link LargeArrays}): their elements go from the sender's array
 * through the ring into the receiver's new array.
 */
final class MessageBuffers {
    private static final int KEEP = 1 << 20;
    private static final ThreadLocal<MessageBuffers> LOCAL = ThreadLocal.withInitial(MessageBuffers::new);
    /** What {@link #receive} returns when the message waits in this thread's buffer for {@link #value}. */
    private static final Object IN_BUFFER = new Object();

    private final WireOutput out = new WireOutput(256);
    private MemorySegment body;
    private byte[] in = new byte[256];
    private int received;
    private final byte[] prefix = new byte[LargeArrays.MAX_PREFIX];

    private MessageBuffers() {
    }

    /** @return this thread's buffers */
    static MessageBuffers get() {
        return LOCAL.get();
    }

    /**
     * Encodes a message for {@link #write}: errors show here, before anything is sent.
     *
     * @param value an object
     * @return this thread's buffers, holding its encoding until the next call on this thread
     */
    MessageBuffers encode(Object value) {
        // Keep a grown buffer while large messages follow each other; drop it after a small one.
        if (out.array().length > KEEP && out.size() <= KEEP) {
            out.reset();
            out.shrink(256);
        }
        out.reset();
        body = LargeArrays.split(value, out);
        if (body == null) {
            Codecs.objects().encode(value, out);
        }
        return this;
    }

    /**
     * Writes the message {@link #encode} made as one ring message.
     *
     * @param ring where it goes
     * @param wait what to check while the ring is full
     */
    void write(ByteRing ring, RingWait wait) {
        ring.write(MemorySegment.ofArray(out.array()).asSlice(0, out.size()), body, wait);
        body = null;
    }

    /**
     * Consumes the message at the ring's tail: a large primitive array straight into a new array,
     * anything else into this thread's buffer. Pass the result to {@link #value}.
     *
     * @param ring the ring, its next message's length already peeked
     * @param length that length
     * @param wait what to check while the rest of the message has not arrived
     * @return the finished array, or a marker for {@link #value} to decode the buffer
     */
    Object receive(ByteRing ring, long length, RingWait wait) {
        if (length >= LargeArrays.THRESHOLD) {
            ring.peek(prefix, prefix.length, wait);
            LargeArrays.Target t = LargeArrays.target(prefix, prefix.length, length);
            if (t != null) {
                ring.read(t.body(), 0, length, t.prefixLength(), wait);
                return t.array();
            }
        }
        if (length > Integer.MAX_VALUE - 16) {
            throw new IllegalStateException("an object message of " + length
                    + " bytes is larger than a Java array: send it with sendBytes(MemorySegment)");
        }
        if (in.length < length || in.length > KEEP && length <= KEEP) {
            in = new byte[(int) Math.max(length, 256)];
        }
        ring.read(MemorySegment.ofArray(in), 0, length, wait);
        received = (int) length;
        return IN_BUFFER;
    }

    /**
     * @param received what {@link #receive} returned on this thread
     * @return the object the message encodes
     */
    Object value(Object received) {
        return received == IN_BUFFER ? Codecs.objects().decode(new WireInput(in, 0, this.received)) : received;
    }
}
