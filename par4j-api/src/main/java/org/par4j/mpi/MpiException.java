package org.par4j.mpi;

import org.par4j.Par4jException;

/** A message-passing call failed: the root of the {@code org.par4j.mpi} exceptions. */
public class MpiException extends Par4jException {
    private static final long serialVersionUID = 1L;

    /** @param message what went wrong, in words a user can act on */
    public MpiException(String message) {
        super(message);
    }

    /**
     * @param message what went wrong
     * @param cause the underlying failure
     */
    public MpiException(String message, Throwable cause) {
        super(message, cause);
    }
}
