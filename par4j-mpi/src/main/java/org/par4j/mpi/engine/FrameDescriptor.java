package org.par4j.mpi.engine;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import org.par4j.mpi.Datatype;

/**
 * The 32-byte header that starts every frame on a link; a message's body (its {@code length} bytes)
 * follows at once, streamed through the link in whatever pieces fit.
 * <pre>
 *   0        4          8          12        16        20               24                 32
 *   +--------+----------+----------+---------+---------+----------------+------------------+
 *   | kind   | context  | source   | tag     | type    | syncId         | length (long)    |
 *   +--------+----------+----------+---------+---------+----------------+------------------+
 *   kind: MSG (a message) or ACK (a synchronous send was matched; syncId names it, no body)
 *   context: the communicator's message space; source: the sender's world rank
 *   type: 0 = an encoded object, 1 + Datatype.ordinal() = a typed buffer
 *   syncId: non-zero for ssend, echoed in the ACK
 * </pre>
 * Little-endian (the native order of the hosts a job spans: x86-64, aarch64).
 */
public final class FrameDescriptor {
    /** Header bytes. */
    public static final int HEADER = 32;
    /** A message. */
    public static final int KIND_MSG = 0x4d53;
    /** A synchronous send's acknowledgement. */
    public static final int KIND_ACK = 0x4143;
    /** Type code of an encoded object. */
    public static final int TYPE_OBJECT = 0;
    /** {@code Datatype.values()} copies its array on every call: every message would allocate one. */
    private static final Datatype[] DATATYPES = Datatype.values();
    private static final ValueLayout.OfInt INT = ValueLayout.JAVA_INT_UNALIGNED;
    private static final ValueLayout.OfLong LONG = ValueLayout.JAVA_LONG_UNALIGNED;

    private FrameDescriptor() {
    }

    /**
     * @param seg where the header goes
     * @param at its offset
     * @param kind MSG or ACK
     * @param context the message space
     * @param source sender's world rank
     * @param tag the tag
     * @param type the type code
     * @param syncId 0 or the synchronous send's id
     * @param length body bytes
     */
    public static void write(MemorySegment seg, long at, int kind, int context, int source, int tag, int type, int syncId, long length) {
        seg.set(INT, at, kind);
        seg.set(INT, at + 4, context);
        seg.set(INT, at + 8, source);
        seg.set(INT, at + 12, tag);
        seg.set(INT, at + 16, type);
        seg.set(INT, at + 20, syncId);
        seg.set(LONG, at + 24, length);
    }

    /** @param h memory holding a header @param at where it starts @return its kind */
    public static int kind(MemorySegment h, long at) {
        return h.get(INT, at + 0);
    }

    /** @param h memory holding a header @param at where it starts @return its context */
    public static int context(MemorySegment h, long at) {
        return h.get(INT, at + 4);
    }

    /** @param h memory holding a header @param at where it starts @return its source */
    public static int source(MemorySegment h, long at) {
        return h.get(INT, at + 8);
    }

    /** @param h memory holding a header @param at where it starts @return its tag */
    public static int tag(MemorySegment h, long at) {
        return h.get(INT, at + 12);
    }

    /** @param h memory holding a header @param at where it starts @return its type code */
    public static int type(MemorySegment h, long at) {
        return h.get(INT, at + 16);
    }

    /** @param h memory holding a header @param at where it starts @return its sync id */
    public static int syncId(MemorySegment h, long at) {
        return h.get(INT, at + 20);
    }

    /** @param h memory holding a header @param at where it starts @return its body length */
    public static long length(MemorySegment h, long at) {
        return h.get(LONG, at + 24);
    }

    /** @param type a datatype, or null for objects @return its type code */
    public static int typeCode(Datatype type) {
        return type == null ? TYPE_OBJECT : 1 + type.ordinal();
    }

    /** @param code a type code @return the datatype, null for objects */
    public static Datatype datatype(int code) {
        return code == TYPE_OBJECT ? null : DATATYPES[code - 1];
    }
}
