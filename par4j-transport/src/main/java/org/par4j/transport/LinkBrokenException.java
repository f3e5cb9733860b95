package org.par4j.transport;

/** The peer at the other end of a link has gone (connection closed, process died). */
public class LinkBrokenException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message what happened */
    public LinkBrokenException(String message) {
        super(message);
    }

    /** @param message what happened @param cause the I/O failure */
    public LinkBrokenException(String message, Throwable cause) {
        super(message, cause);
    }
}
