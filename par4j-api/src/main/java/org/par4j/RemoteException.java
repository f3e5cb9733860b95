package org.par4j;

/**
 * Stands in for an exception thrown in a worker whose class cannot be loaded (or not rebuilt) here:
 * it keeps the original class name, message and stack trace.
 */
public class RemoteException extends Par4jException {
    private static final long serialVersionUID = 1L;
    private final String remoteClassName;

    /**
     * @param remoteClassName the binary name of the original exception class
     * @param message the original message, may be null
     */
    public RemoteException(String remoteClassName, String message) {
        super(message == null ? remoteClassName : remoteClassName + ": " + message);
        this.remoteClassName = remoteClassName;
    }

    /** @return the binary class name of the exception the worker threw */
    public String remoteClassName() {
        return remoteClassName;
    }
}
