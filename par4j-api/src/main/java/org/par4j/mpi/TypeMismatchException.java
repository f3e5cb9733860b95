package org.par4j.mpi;

/**
 * The receive did not match the kind of message that arrived: an object where a typed buffer was
 * expected, or {@code double}s where {@code int}s were expected. The message is dropped.
 */
public class TypeMismatchException extends MpiException {
    private static final long serialVersionUID = 1L;

    /** @param message what was sent and what was expected */
    public TypeMismatchException(String message) {
        super(message);
    }
}
