package org.par4j.runtime.shm;

import static java.lang.foreign.ValueLayout.JAVA_INT;

import java.lang.foreign.MemorySegment;
import java.lang.invoke.VarHandle;
import org.par4j.SharedIntArray;

/** A {@link SharedIntArray} in a segment of its own ({@link ArrayDescriptor}). */
public final class ShmIntArray extends ShmArrayBase implements SharedIntArray {
    private static final long serialVersionUID = 1L;
    private static final VarHandle VH = JAVA_INT.varHandle();

    private ShmIntArray(ShmSegment segment, long length, boolean withLock) {
        super(segment, length, withLock);
    }

    /**
     * @param length elements
     * @param withLock true to give it a lock
     * @return a zero-filled array
     */
    public static ShmIntArray create(long length, boolean withLock) {
        return new ShmIntArray(createSegment(length, 4, 1, withLock), length, withLock);
    }

    @Override
    public int get(long index) {
        checkIndex(index);
        return elements().getAtIndex(JAVA_INT, index);
    }

    @Override
    public void set(long index, int value) {
        checkIndex(index);
        elements().setAtIndex(JAVA_INT, index, value);
    }

    @Override
    public int getAndAdd(long index, int delta) {
        checkIndex(index);
        return (int) VH.getAndAdd(elements(), index * 4, delta);
    }

    @Override
    public boolean compareAndSet(long index, int expected, int newValue) {
        checkIndex(index);
        return VH.compareAndSet(elements(), index * 4, expected, newValue);
    }

    @Override
    public int getVolatile(long index) {
        checkIndex(index);
        return (int) VH.getVolatile(elements(), index * 4);
    }

    @Override
    public void setVolatile(long index, int value) {
        checkIndex(index);
        VH.setVolatile(elements(), index * 4, value);
    }

    @Override
    public int[] toArray() {
        javaArrayLength();
        return elements().toArray(JAVA_INT);
    }

    @Override
    public MemorySegment asSegment() {
        return elements();
    }

    @Override
    public String toString() {
        return "SharedIntArray " + segmentName() + "[" + length() + "]";
    }
}
