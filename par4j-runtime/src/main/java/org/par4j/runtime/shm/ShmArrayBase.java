package org.par4j.runtime.shm;

import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.MemorySegment;
import org.par4j.Lock;
import org.par4j.runtime.sync.SharedMutex;

/**
 * What every shared array and value has: its length, its elements' slice, and maybe a lock (a mutex
 * at the front of the same segment). See {@link ArrayDescriptor}.
 */
abstract class ShmArrayBase extends ShmHandle {
    private static final long serialVersionUID = 1L;

    private final long length;
    private final SharedMutex lock;
    private transient MemorySegment elements;

    ShmArrayBase(ShmSegment segment, long length, boolean withLock) {
        super(segment, SegmentLayout.ARRAY);
        this.length = length;
        // reentrant, as Python's Value and Array locks are
        this.lock = withLock ? SharedMutex.at(segment, SegmentLayout.ARRAY, ArrayDescriptor.MUTEX_OFFSET, true) : null;
    }

    /**
     * @param length elements
     * @param elementBytes bytes each
     * @param typeCode stored for attachers' checks
     * @param withLock true to mark the mutex as used
     * @return the new segment
     */
    static ShmSegment createSegment(long length, int elementBytes, int typeCode, boolean withLock) {
        ShmSegment s = AttachedSegments.create(SegmentLayout.ARRAY, ArrayDescriptor.payloadLength(length, elementBytes));
        MemorySegment p = s.payload();
        p.set(JAVA_LONG, ArrayDescriptor.LENGTH_OFFSET, length);
        p.set(JAVA_INT, ArrayDescriptor.TYPE_OFFSET, typeCode);
        p.set(JAVA_INT, ArrayDescriptor.HAS_LOCK_OFFSET, withLock ? 1 : 0);
        return s;
    }

    /** @return the elements, mapping the segment on first use */
    final MemorySegment elements() {
        MemorySegment e = elements;
        if (e == null) {
            e = payload().asSlice(ArrayDescriptor.ELEMENTS_OFFSET);
            elements = e;
        }
        return e;
    }

    /** @return the number of elements */
    public final long length() {
        return length;
    }

    /** @return the lock */
    public final Lock lock() {
        if (lock == null) {
            throw new IllegalStateException(this + " was created without a lock (createRaw): use create(...) for one");
        }
        return lock;
    }

    /** @return true if it has a lock */
    public final boolean hasLock() {
        return lock != null;
    }

    /** @param index an index to check */
    final void checkIndex(long index) {
        java.util.Objects.checkIndex(index, length);
    }

    /** @return a Java array length for {@code toArray()} */
    final int javaArrayLength() {
        if (length > Integer.MAX_VALUE - 8) {
            throw new IllegalStateException(this + " has " + length + " elements: too many for a Java array");
        }
        return (int) length;
    }
}
