package org.par4j;

import java.util.concurrent.RejectedExecutionException;

/** A task was given to a pool that is closed, shut down or terminated. */
public class PoolClosedException extends RejectedExecutionException {
    private static final long serialVersionUID = 1L;

    /** @param message names the pool and its state */
    public PoolClosedException(String message) {
        super(message);
    }
}
