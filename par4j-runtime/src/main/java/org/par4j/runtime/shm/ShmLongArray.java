package org.par4j.runtime.shm;

import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.MemorySegment;
import java.lang.invoke.VarHandle;
import org.par4j.SharedLongArray;

/** A {@link SharedLongArray} in a segment of its own ({@link ArrayDescriptor}). */
public final class ShmLongArray extends ShmArrayBase implements SharedLongArray {
    private static final long serialVersionUID = 1L;
    private static final VarHandle VH = JAVA_LONG.varHandle();

    private ShmLongArray(ShmSegment segment, long length, boolean withLock) {
        super(segment, length, withLock);
    }

    /**
     * @param length elements
     * @param withLock true to give it a lock
     * @return a zero-filled array
     */
    public static ShmLongArray create(long length, boolean withLock) {
        return new ShmLongArray(createSegment(length, 8, 2, withLock), length, withLock);
    }

    @Override
    public long get(long index) {
        checkIndex(index);
        return elements().getAtIndex(JAVA_LONG, index);
    }

    @Override
    public void set(long index, long value) {
        checkIndex(index);
        elements().setAtIndex(JAVA_LONG, index, value);
    }

    @Override
    public long getAndAdd(long index, long delta) {
        checkIndex(index);
        return (long) VH.getAndAdd(elements(), index * 8, delta);
    }

    @Override
    public boolean compareAndSet(long index, long expected, long newValue) {
        checkIndex(index);
        return VH.compareAndSet(elements(), index * 8, expected, newValue);
    }

    @Override
    public long getVolatile(long index) {
        checkIndex(index);
        return (long) VH.getVolatile(elements(), index * 8);
    }

    @Override
    public void setVolatile(long index, long value) {
        checkIndex(index);
        VH.setVolatile(elements(), index * 8, value);
    }

    @Override
    public long[] toArray() {
        javaArrayLength();
        return elements().toArray(JAVA_LONG);
    }

    @Override
    public MemorySegment asSegment() {
        return elements();
    }

    @Override
    public String toString() {
        return "SharedLongArray " + segmentName() + "[" + length() + "]";
    }
}
