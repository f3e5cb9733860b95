package org.par4j.runtime.shm;

import java.lang.foreign.MemorySegment;
import org.par4j.SharedMemory;

/** A {@link SharedMemory}: a segment whose payload is the user's bytes. */
public final class ShmMemory extends ShmHandle implements SharedMemory {
    private static final long serialVersionUID = 1L;

    private ShmMemory(ShmSegment segment) {
        super(segment, SegmentLayout.MEMORY);
    }

    /**
     * @param name a user's name, or null for a unique one
     * @param size bytes
     * @return a new segment
     */
    public static ShmMemory create(String name, long size) {
        String fileName = name == null ? ShmSegment.uniqueName(SegmentLayout.MEMORY) : fileName(name);
        return new ShmMemory(AttachedSegments.create(fileName, SegmentLayout.MEMORY, size));
    }

    /**
     * @param name the creator's name for it
     * @return it, mapped
     */
    public static ShmMemory attach(String name) {
        return new ShmMemory(AttachedSegments.attach(fileName(name), SegmentLayout.MEMORY, -1));
    }

    private static String fileName(String name) {
        if (name == null || name.isEmpty() || name.length() > 200 || !name.matches("[A-Za-z0-9._-]+")) {
            throw new IllegalArgumentException("bad shared memory name '" + name
                    + "': use 1 to 200 letters, digits, '.', '_' or '-'");
        }
        return ShmProperties.PREFIX + name;
    }

    @Override
    public String name() {
        return segmentName().substring(ShmProperties.PREFIX.length());
    }

    @Override
    public long size() {
        return payload().byteSize();
    }

    @Override
    public MemorySegment segment() {
        return payload();
    }

    @Override
    public void close() {
        AttachedSegments.close(segmentName());
    }

    @Override
    public void unlink() {
        ShmSegment.unlink(segmentName());
    }

    @Override
    public String toString() {
        return "SharedMemory " + name();
    }
}
