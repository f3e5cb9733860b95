package org.par4j;

/** A {@link Queue#get(java.time.Duration) get} found nothing before its timeout: Python's {@code queue.Empty}. */
public class QueueEmptyException extends Par4jException {
    private static final long serialVersionUID = 1L;

    /** @param message what waited, and how long */
    public QueueEmptyException(String message) {
        super(message);
    }
}
