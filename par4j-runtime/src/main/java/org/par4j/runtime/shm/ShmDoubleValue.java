package org.par4j.runtime.shm;

import static java.lang.foreign.ValueLayout.JAVA_DOUBLE;

import java.lang.foreign.MemorySegment;
import java.lang.invoke.VarHandle;
import org.par4j.SharedDouble;

/** A {@link SharedDouble}: a one-element {@link ArrayDescriptor array}, read and written with volatile semantics. */
public final class ShmDoubleValue extends ShmArrayBase implements SharedDouble {
    private static final long serialVersionUID = 1L;
    private static final VarHandle VH = JAVA_DOUBLE.varHandle();

    private ShmDoubleValue(ShmSegment segment, boolean withLock) {
        super(segment, 1, withLock);
    }

    /**
     * @param initial its value
     * @param withLock true to give it a lock
     * @return a new shared value
     */
    public static ShmDoubleValue create(double initial, boolean withLock) {
        ShmDoubleValue v = new ShmDoubleValue(createSegment(1, 8, 3, withLock), withLock);
        v.set(initial);
        return v;
    }

    @Override
    public double get() {
        return (double) VH.getVolatile(elements(), 0L);
    }

    @Override
    public void set(double value) {
        VH.setVolatile(elements(), 0L, value);
    }

    @Override
    public double getAndSet(double value) {
        return (double) VH.getAndSet(elements(), 0L, value);
    }

    @Override
    public double getAndAdd(double delta) {
        MemorySegment e = elements();
        double old;
        do {
            old = (double) VH.getVolatile(e, 0L);
        } while (!VH.compareAndSet(e, 0L, old, old + delta));
        return old;
    }

    @Override
    public boolean compareAndSet(double expected, double newValue) {
        return VH.compareAndSet(elements(), 0L, expected, newValue);
    }

    @Override
    public String toString() {
        return "SharedDouble " + segmentName() + " = " + get();
    }
}
