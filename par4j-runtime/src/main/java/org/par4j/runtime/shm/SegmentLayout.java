package org.par4j.runtime.shm;

/** What a segment's payload holds; its id is stored in the header so an attacher can check it. */
public enum SegmentLayout {
    /** Raw bytes: {@code SharedMemory}. */
    MEMORY(1),
    /** A mutex: {@code Lock} or {@code RLock}. */
    MUTEX(2),
    /** A counting semaphore. */
    SEMAPHORE(3),
    /** An event flag. */
    EVENT(4),
    /** A condition variable. */
    CONDITION(5),
    /** A barrier. */
    BARRIER(6),
    /** A typed array or value, optionally with a mutex in front of the elements. */
    ARRAY(7),
    /** A pipe: two byte rings, one per direction, and the owners of its two ends. */
    PIPE(8),
    /** A queue: one byte ring shared by every producer and consumer, with their locks and counters. */
    QUEUE(9);

    private final int id;

    SegmentLayout(int id) {
        this.id = id;
    }

    /** @return the id stored in the header */
    public int id() {
        return id;
    }

    /**
     * @param id a stored id
     * @return its layout, or null if unknown
     */
    public static SegmentLayout ofId(int id) {
        for (SegmentLayout l : values()) {
            if (l.id == id) {
                return l;
            }
        }
        return null;
    }
}
