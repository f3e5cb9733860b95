package org.par4j.runtime.shm;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;

import java.lang.foreign.MemorySegment;
import org.par4j.SharedByteArray;

/** A {@link SharedByteArray} in a segment of its own ({@link ArrayDescriptor}). */
public final class ShmByteArray extends ShmArrayBase implements SharedByteArray {
    private static final long serialVersionUID = 1L;

    private ShmByteArray(ShmSegment segment, long length, boolean withLock) {
        super(segment, length, withLock);
    }

    /**
     * @param length elements
     * @param withLock true to give it a lock
     * @return a zero-filled array
     */
    public static ShmByteArray create(long length, boolean withLock) {
        return new ShmByteArray(createSegment(length, 1, 4, withLock), length, withLock);
    }

    @Override
    public byte get(long index) {
        checkIndex(index);
        return elements().getAtIndex(JAVA_BYTE, index);
    }

    @Override
    public void set(long index, byte value) {
        checkIndex(index);
        elements().setAtIndex(JAVA_BYTE, index, value);
    }

    @Override
    public byte[] toArray() {
        javaArrayLength();
        return elements().toArray(JAVA_BYTE);
    }

    @Override
    public MemorySegment asSegment() {
        return elements();
    }

    @Override
    public String toString() {
        return "SharedByteArray " + segmentName() + "[" + length() + "]";
    }
}
