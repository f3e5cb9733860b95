package org.par4j;

/** The root of par4j's unchecked exceptions. */
public class Par4jException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message what went wrong, in words a user can act on */
    public Par4jException(String message) {
        super(message);
    }

    /**
     * @param message what went wrong
     * @param cause the underlying failure
     */
    public Par4jException(String message, Throwable cause) {
        super(message, cause);
    }
}
