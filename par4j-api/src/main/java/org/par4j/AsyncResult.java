package org.par4j;

import java.time.Duration;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Future;

/**
 * The result of an asynchronous pool call ({@code mapAsync}, {@code applyAsync}, {@code submit}):
 * Python's {@code AsyncResult} as a {@link Future} and a {@link CompletionStage}.
 *
 * <pre>{@code
 * AsyncResult<Integer> r = pool.applyAsync(() -> 6 * 7);
 * r.thenAccept(System.out::println);   // or r.get()
 * }</pre>
 *
 * <p>{@link #get()} throws {@link java.util.concurrent.ExecutionException} whose cause is a
 * {@link TaskFailedException} (the task threw) or a {@link WorkerDiedException} (its worker died).
 * Memory consistency: actions of the task happen-before a successful return from {@code get}.
 *
 * @param <V> the result type
 */
public interface AsyncResult<V> extends Future<V>, CompletionStage<V> {

    /** @return true once the call has completed, successfully or not (Python's {@code ready()}) */
    default boolean ready() {
        return isDone();
    }

    /**
     * @return true if the call completed without an exception (Python's {@code successful()})
     * @throws IllegalStateException if the call has not completed yet
     */
    default boolean successful() {
        if (!isDone()) {
            throw new IllegalStateException("result is not ready");
        }
        return state() == State.SUCCESS;
    }

    /**
     * Waits for the call to complete or the timeout to pass (Python's {@code wait(timeout)}).
     *
     * @param timeout how long to wait at most
     * @return true if the call completed
     * @throws InterruptedException if interrupted while waiting
     */
    boolean waitFor(Duration timeout) throws InterruptedException;
}
