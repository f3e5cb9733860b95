package org.par4j.runtime.shm;

import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.MemorySegment;
import java.lang.invoke.VarHandle;

/**
 * The header at the start of every par4j segment in {@code /dev/shm}: it says what the segment holds,
 * how big it is, and who made it, so that an attacher gets a clear error on a wrong name or size and a
 * janitor recognises a stale segment whose creator and tracker are gone.
 *
 * <pre>
 *   0                   1                   2                   3
 *   0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 *  +---------------------------------------------------------------+
 *  |                  Magic "P4JS" (written last)                  |  0
 *  +---------------------------------------------------------------+
 *  |                           Version                             |  4
 *  +---------------------------------------------------------------+
 *  |                          Layout id                            |  8
 *  +---------------------------------------------------------------+
 *  |                           Reserved                            | 12
 *  +---------------------------------------------------------------+
 *  |                    Payload length (64 bits)                   | 16
 *  +---------------------------------------------------------------+
 *  |                      Creator pid (64 bits)                    | 24
 *  +---------------------------------------------------------------+
 *  |                 Creator start ticks (64 bits)                 | 32
 *  +---------------------------------------------------------------+
 *  |                      Tracker pid (64 bits)                    | 40
 *  +---------------------------------------------------------------+
 *  |                 Tracker start ticks (64 bits)                 | 48
 *  +---------------------------------------------------------------+
 *  |                      Reserved (64 bits)                       | 56
 *  +---------------------------------------------------------------+
 *  |                 Payload (layout-specific) ...                 | 64
 * </pre>
 *
 * The creator fills every field, then publishes the magic with a release store; an attacher reads the
 * magic with an acquire load before trusting the rest.
 */
public final class SegmentHeaderDescriptor {
    /** "P4JS" in little-endian ASCII. */
    public static final int MAGIC = 0x534A3450;
    /** Layout version of this header. */
    public static final int VERSION = 1;
    public static final int MAGIC_OFFSET = 0;
    public static final int VERSION_OFFSET = 4;
    public static final int LAYOUT_OFFSET = 8;
    public static final int PAYLOAD_LENGTH_OFFSET = 16;
    public static final int CREATOR_PID_OFFSET = 24;
    public static final int CREATOR_START_OFFSET = 32;
    public static final int TRACKER_PID_OFFSET = 40;
    public static final int TRACKER_START_OFFSET = 48;
    /** Bytes before the payload: one cache line, so the payload starts aligned. */
    public static final int HEADER_LENGTH = 64;

    private static final VarHandle INT = JAVA_INT.varHandle();

    private SegmentHeaderDescriptor() {
    }

    /**
     * Fills a fresh header and publishes it.
     *
     * @param whole the whole segment
     * @param layout what the payload holds
     * @param payloadLength payload bytes
     * @param creator the creating process
     * @param tracker the tracker the segment is registered with
     */
    public static void write(MemorySegment whole, SegmentLayout layout, long payloadLength,
                             ProcessIdentity creator, ProcessIdentity tracker) {
        whole.set(JAVA_INT, VERSION_OFFSET, VERSION);
        whole.set(JAVA_INT, LAYOUT_OFFSET, layout.id());
        whole.set(JAVA_LONG, PAYLOAD_LENGTH_OFFSET, payloadLength);
        whole.set(JAVA_LONG, CREATOR_PID_OFFSET, creator.pid());
        whole.set(JAVA_LONG, CREATOR_START_OFFSET, creator.startTicks());
        whole.set(JAVA_LONG, TRACKER_PID_OFFSET, tracker.pid());
        whole.set(JAVA_LONG, TRACKER_START_OFFSET, tracker.startTicks());
        INT.setRelease(whole, (long) MAGIC_OFFSET, MAGIC);
    }

    /**
     * @param whole a mapped segment of at least {@link #HEADER_LENGTH} bytes
     * @return true if its header was published by a par4j creator of this version
     */
    public static boolean isValid(MemorySegment whole) {
        return whole.byteSize() >= HEADER_LENGTH
                && (int) INT.getAcquire(whole, (long) MAGIC_OFFSET) == MAGIC
                && whole.get(JAVA_INT, VERSION_OFFSET) == VERSION;
    }

    /** @return the layout id field */
    public static int layoutId(MemorySegment whole) {
        return whole.get(JAVA_INT, LAYOUT_OFFSET);
    }

    /** @return the payload length field */
    public static long payloadLength(MemorySegment whole) {
        return whole.get(JAVA_LONG, PAYLOAD_LENGTH_OFFSET);
    }

    /** @return the creating process */
    public static ProcessIdentity creator(MemorySegment whole) {
        return new ProcessIdentity(whole.get(JAVA_LONG, CREATOR_PID_OFFSET), whole.get(JAVA_LONG, CREATOR_START_OFFSET));
    }

    /** @return the tracker the creator registered the segment with */
    public static ProcessIdentity tracker(MemorySegment whole) {
        return new ProcessIdentity(whole.get(JAVA_LONG, TRACKER_PID_OFFSET), whole.get(JAVA_LONG, TRACKER_START_OFFSET));
    }
}
