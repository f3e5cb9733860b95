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
    /**
     * How long a waiting thread spins for the result before it blocks ({@code par4j.pool.spinMicros}):
     * waking a parked thread costs 10-50 us on a virtual machine, most of a quick call's round trip.
     */
    static final long SPIN_NANOS = TimeUnit.MICROSECONDS.toNanos(Long.getLong("par4j.pool.spinMicros", 50));

    /** An incomplete future. */
    public PoolFuture() {
    }

    @Override
    public V get() throws InterruptedException, ExecutionException {
        spinBriefly();
        return super.get();
    }

    @Override
    public V get(long timeout, TimeUnit unit) throws InterruptedException, ExecutionException, TimeoutException {
        spinBriefly();
        return super.get(timeout, unit);
    }

    @Override
    public V join() {
        spinBriefly();
        return super.join();
    }

    private void spinBriefly() {
        long end = System.nanoTime() + SPIN_NANOS;
        while (!isDone() && System.nanoTime() - end < 0) {
            Thread.onSpinWait();
        }
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
        return new PoolFuture<>();
    }
}
