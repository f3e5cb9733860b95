package org.par4j;

/** A {@link Queue#put(Object, java.time.Duration) put} found no room before its timeout: Python's {@code queue.Full}. */
public class QueueFullException extends Par4jException {
    private static final long serialVersionUID = 1L;

    /** @param message what waited, and how long */
    public QueueFullException(String message) {
        super(message);
    }
}
