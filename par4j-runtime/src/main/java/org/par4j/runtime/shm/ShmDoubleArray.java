package org.par4j.runtime.shm;

import static java.lang.foreign.ValueLayout.JAVA_DOUBLE;

import java.lang.foreign.MemorySegment;
import java.lang.invoke.VarHandle;
import org.par4j.SharedDoubleArray;

/** A {@link SharedDoubleArray} in a segment of its own ({@link ArrayDescriptor}). */
public final class ShmDoubleArray extends ShmArrayBase implements SharedDoubleArray {
    private static final long serialVersionUID = 1L;
    private static final VarHandle VH = JAVA_DOUBLE.varHandle();

    private ShmDoubleArray(ShmSegment segment, long length, boolean withLock) {
        super(segment, length, withLock);
    }

    /**
     * @param length elements
     * @param withLock true to give it a lock
     * @return a zero-filled array
     */
    public static ShmDoubleArray create(long length, boolean withLock) {
        return new ShmDoubleArray(createSegment(length, 8, 3, withLock), length, withLock);
    }

    @Override
    public double get(long index) {
        checkIndex(index);
        return elements().getAtIndex(JAVA_DOUBLE, index);
    }

    @Override
    public void set(long index, double value) {
        checkIndex(index);
        elements().setAtIndex(JAVA_DOUBLE, index, value);
    }

    @Override
    public double getAndAdd(long index, double delta) {
        checkIndex(index);
        MemorySegment e = elements();
        double old;
        do {
            old = (double) VH.getVolatile(e, index * 8);
        } while (!VH.compareAndSet(e, index * 8, old, old + delta));
        return old;
    }

    @Override
    public boolean compareAndSet(long index, double expected, double newValue) {
        checkIndex(index);
        return VH.compareAndSet(elements(), index * 8, expected, newValue);
    }

    @Override
    public double getVolatile(long index) {
        checkIndex(index);
        return (double) VH.getVolatile(elements(), index * 8);
    }

    @Override
    public void setVolatile(long index, double value) {
        checkIndex(index);
        VH.setVolatile(elements(), index * 8, value);
    }

    @Override
    public double[] toArray() {
        javaArrayLength();
        return elements().toArray(JAVA_DOUBLE);
    }

    @Override
    public MemorySegment asSegment() {
        return elements();
    }

    @Override
    public String toString() {
        return "SharedDoubleArray " + segmentName() + "[" + length() + "]";
    }
}
