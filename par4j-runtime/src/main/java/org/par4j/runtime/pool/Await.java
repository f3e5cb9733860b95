package org.par4j.runtime.pool;

import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.par4j.Par4jException;

/** Waits on a future for the blocking pool calls, rethrowing the call's own unchecked exception. */
final class Await {
    private Await() {
    }

    static <R> R get(Future<? extends R> future) {
        try {
            return future.get();
        } catch (ExecutionException e) {
            throw unwrap(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            future.cancel(true);
            throw new CancellationException("interrupted while waiting for a pool call");
        }
    }

    static RuntimeException unwrap(Throwable cause) {
        if (cause instanceof RuntimeException re) {
            return re;
        }
        if (cause instanceof Error err) {
            throw err;
        }
        return new Par4jException("call failed: " + cause, cause);
    }
}
