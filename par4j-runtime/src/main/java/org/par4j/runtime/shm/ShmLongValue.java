package org.par4j.runtime.shm;

import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.invoke.VarHandle;
import org.par4j.SharedLong;

/** A {@link SharedLong}: a one-element {@link ArrayDescriptor array}, read and written with volatile semantics. */
public final class ShmLongValue extends ShmArrayBase implements SharedLong {
    private static final long serialVersionUID = 1L;
    private static final VarHandle VH = JAVA_LONG.varHandle();

    private ShmLongValue(ShmSegment segment, boolean withLock) {
        super(segment, 1, withLock);
    }

    /**
     * @param initial its value
     * @param withLock true to give it a lock
     * @return a new shared value
     */
    public static ShmLongValue create(long initial, boolean withLock) {
        ShmLongValue v = new ShmLongValue(createSegment(1, 8, 2, withLock), withLock);
        v.set(initial);
        return v;
    }

    @Override
    public long get() {
        return (long) VH.getVolatile(elements(), 0L);
    }

    @Override
    public void set(long value) {
        VH.setVolatile(elements(), 0L, value);
    }

    @Override
    public long getAndSet(long value) {
        return (long) VH.getAndSet(elements(), 0L, value);
    }

    @Override
    public long getAndAdd(long delta) {
        return (long) VH.getAndAdd(elements(), 0L, delta);
    }

    @Override
    public boolean compareAndSet(long expected, long newValue) {
        return VH.compareAndSet(elements(), 0L, expected, newValue);
    }

    @Override
    public String toString() {
        return "SharedLong " + segmentName() + " = " + get();
    }
}
