package org.par4j.runtime.pool;

import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.par4j.AsyncResult;

/**
 * The {@link AsyncResult} of a pool call: a {@link CompletableFuture} completed by the thread that
 * receives the call's last result. Stages derived from it ({@code thenApply} ...) are PoolFutures too.
 *
 * @param <V> the result type
 */
public final class PoolFuture<V> extends CompletableFuture<V> implements AsyncResult<V> {

    private final boolean yielding;

    /** An incomplete future whose waiters pause on their CPU while they spin. */
    public PoolFuture() {
        this(false);
    }

    /** @param yielding whether its waiters yield their CPU while they spin (see {@link BriefSpin}) */
    PoolFuture(boolean yielding) {
        this.yielding = yielding;
    }

    @Override
    public V get() throws InterruptedException, ExecutionException {
        BriefSpin.untilDone(this, yielding);
        return super.get();
    }

    @Override
    public V get(long timeout, TimeUnit unit) throws InterruptedException, ExecutionException, TimeoutException {
        BriefSpin.untilDone(this, yielding);
        return super.get(timeout, unit);
    }

    @Override
    public V join() {
        BriefSpin.untilDone(this, yielding);
        return super.join();
    }

    @Override
    public boolean waitFor(Duration timeout) throws InterruptedException {
        try {
            get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException | CancellationException e) {
            return true;
        }
        return true;
    }

    @Override
    public <U> CompletableFuture<U> newIncompleteFuture() {
        return new PoolFuture<>(yielding);
    }
}
