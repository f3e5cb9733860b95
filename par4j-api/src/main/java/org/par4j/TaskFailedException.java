package org.par4j;

/**
 * A task threw in a worker. {@link #getCause()} is the original exception, of its original type when
 * that class can be loaded here (else a {@link RemoteException} carrying its class name and message),
 * with the worker's stack trace. The pool that ran the task keeps working.
 */
public class TaskFailedException extends Par4jException {
    private static final long serialVersionUID = 1L;

    /**
     * @param where the worker that ran the task, as "worker pid 1234" or "thread pool-1-thread-2"
     * @param cause the exception the task threw, with its remote stack trace
     */
    public TaskFailedException(String where, Throwable cause) {
        super("task failed in " + where + ": " + cause, cause);
    }
}
