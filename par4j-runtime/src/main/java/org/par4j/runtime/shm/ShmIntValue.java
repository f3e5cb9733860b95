package org.par4j.runtime.shm;

import static java.lang.foreign.ValueLayout.JAVA_INT;

import java.lang.invoke.VarHandle;
import org.par4j.SharedInt;

/** A {@link SharedInt}: a one-element {@link ArrayDescriptor array}, read and written with volatile semantics. */
public final class ShmIntValue extends ShmArrayBase implements SharedInt {
    private static final long serialVersionUID = 1L;
    private static final VarHandle VH = JAVA_INT.varHandle();

    private ShmIntValue(ShmSegment segment, boolean withLock) {
        super(segment, 1, withLock);
    }

    /**
     * @param initial its value
     * @param withLock true to give it a lock
     * @return a new shared value
     */
    public static ShmIntValue create(int initial, boolean withLock) {
        ShmIntValue v = new ShmIntValue(createSegment(1, 4, 1, withLock), withLock);
        v.set(initial);
        return v;
    }

    @Override
    public int get() {
        return (int) VH.getVolatile(elements(), 0L);
    }

    @Override
    public void set(int value) {
        VH.setVolatile(elements(), 0L, value);
    }

    @Override
    public int getAndSet(int value) {
        return (int) VH.getAndSet(elements(), 0L, value);
    }

    @Override
    public int getAndAdd(int delta) {
        return (int) VH.getAndAdd(elements(), 0L, delta);
    }

    @Override
    public boolean compareAndSet(int expected, int newValue) {
        return VH.compareAndSet(elements(), 0L, expected, newValue);
    }

    @Override
    public String toString() {
        return "SharedInt " + segmentName() + " = " + get();
    }
}
