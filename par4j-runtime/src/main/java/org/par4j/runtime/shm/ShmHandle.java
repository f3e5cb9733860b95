package org.par4j.runtime.shm;

import java.io.Serializable;
import java.lang.foreign.MemorySegment;

/**
 * The serializable part of every shared object: the segment's file name, layout and payload length.
 * A copy that arrives in another process (captured by a task's lambda) maps the segment on first use
 * and checks that it still holds the expected layout and size.
 */
public abstract class ShmHandle implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String fileName;
    private final SegmentLayout layout;
    private final long payloadLength;
    /** Null in a fresh copy until first use; races are benign (every caller gets the same mapping). */
    private transient MemorySegment payload;

    /**
     * @param segment the segment, mapped in this process
     * @param layout what it holds
     */
    protected ShmHandle(ShmSegment segment, SegmentLayout layout) {
        this.fileName = segment.fileName();
        this.layout = layout;
        this.payloadLength = segment.payload().byteSize();
        this.payload = segment.payload();
    }

    /** @return the payload, mapping the segment on first use in this process */
    protected final MemorySegment payload() {
        MemorySegment p = payload;
        return p != null ? p : attach();
    }

    private MemorySegment attach() {
        MemorySegment p = AttachedSegments.attach(fileName, layout, payloadLength).payload();
        payload = p;
        return p;
    }

    /** @return the segment's file name in the shm directory */
    public final String segmentName() {
        return fileName;
    }
}
