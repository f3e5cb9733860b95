package org.par4j.runtime.shm;

/**
 * Layout of a shared array or value ({@code SharedIntArray}, {@code SharedDouble}...): an optional
 * mutex in front, then the elements, aligned to a cache line.
 *
 * <pre>
 *   0                   1                   2                   3
 *   0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 *  +---------------------------------------------------------------+
 *  |          Mutex (32 bytes, see sync.MutexDescriptor)           |  0
 *  +---------------------------------------------------------------+
 *  |                     Length (64 bits)                          | 32
 *  +---------------------------------------------------------------+
 *  |                       Element type                            | 40
 *  +---------------------------------------------------------------+
 *  |                 Has lock: 1 yes, 0 no (raw)                   | 44
 *  +---------------------------------------------------------------+
 *  |                         Reserved                              | 48
 *  +---------------------------------------------------------------+
 *  |                     Elements ...                              | 64
 * </pre>
 */
public final class ArrayDescriptor {
    /** Offset of the mutex. */
    public static final int MUTEX_OFFSET = 0;
    /** Offset of the element count. */
    public static final int LENGTH_OFFSET = 32;
    /** Offset of the element type code. */
    public static final int TYPE_OFFSET = 40;
    /** Offset of the has-lock flag. */
    public static final int HAS_LOCK_OFFSET = 44;
    /** Offset of element 0. */
    public static final int ELEMENTS_OFFSET = 64;

    private ArrayDescriptor() {
    }

    /**
     * @param length elements
     * @param elementBytes bytes per element
     * @return the payload length
     */
    public static long payloadLength(long length, int elementBytes) {
        if (length < 0) {
            throw new IllegalArgumentException("a shared array needs a length of zero or more, not " + length);
        }
        return ELEMENTS_OFFSET + Math.multiplyExact(length, (long) elementBytes);
    }
}
