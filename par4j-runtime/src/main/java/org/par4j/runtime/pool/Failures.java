package org.par4j.runtime.pool;

import org.par4j.TaskFailedException;

/** Builds the exceptions a failed chunk completes its call with. */
final class Failures {
    private Failures() {
    }

    /**
     * @param where the worker, as "worker pid 1234" or "thread pool-3"
     * @param thrown what the task threw
     * @return the exception for the caller, whose cause is the task's own exception
     */
    static TaskFailedException taskFailed(String where, Throwable thrown) {
        Throwable cause = thrown instanceof TaskAdapters.CheckedTaskException c ? c.getCause() : thrown;
        return new TaskFailedException(where, cause);
    }
}
