package org.par4j.runtime.shm;

import java.util.concurrent.ConcurrentHashMap;

/**
 * The segments this process has mapped, by file name, so that every handle on a segment shares one
 * mapping however many times it is deserialized. Thread-safe.
 */
public final class AttachedSegments {
    private static final ConcurrentHashMap<String, ShmSegment> MAPPED = new ConcurrentHashMap<>();

    private AttachedSegments() {
    }

    /**
     * Creates a segment with a fresh unique name and remembers its mapping.
     *
     * @param layout what it holds
     * @param payloadLength payload bytes
     * @return the mapped segment
     */
    public static ShmSegment create(SegmentLayout layout, long payloadLength) {
        return create(ShmSegment.uniqueName(layout), layout, payloadLength);
    }

    /**
     * @param fileName its file name
     * @param layout what it holds
     * @param payloadLength payload bytes
     * @return the mapped segment
     */
    public static ShmSegment create(String fileName, SegmentLayout layout, long payloadLength) {
        ShmSegment s = ShmSegment.create(fileName, layout, payloadLength);
        MAPPED.put(fileName, s);
        return s;
    }

    /**
     * @param fileName a segment's file name
     * @param layout the layout expected, or null for any
     * @param payloadLength the payload length expected, or -1 for any
     * @return this process's mapping of it, made now if there is none
     */
    public static ShmSegment attach(String fileName, SegmentLayout layout, long payloadLength) {
        ShmSegment s = MAPPED.get(fileName);
        if (s != null && s.isOpen()) {
            return s.requireHolds(layout, payloadLength);
        }
        synchronized (MAPPED) {
            s = MAPPED.get(fileName);
            if (s == null || !s.isOpen()) {
                s = ShmSegment.attach(fileName, layout, payloadLength);
                MAPPED.put(fileName, s);
                return s;
            }
            return s.requireHolds(layout, payloadLength);
        }
    }

    /** @param fileName a segment to unmap in this process */
    public static void close(String fileName) {
        ShmSegment s = MAPPED.remove(fileName);
        if (s != null) {
            s.close();
        }
    }
}
