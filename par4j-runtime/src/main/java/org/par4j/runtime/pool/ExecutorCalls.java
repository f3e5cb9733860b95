package org.par4j.runtime.pool;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** {@code invokeAll} and {@code invokeAny} over a pool's {@code submit}, for both backends. */
final class ExecutorCalls {
    private ExecutorCalls() {
    }

    static <T> List<Future<T>> invokeAll(LocalPool pool, Collection<? extends Callable<T>> tasks, long nanos)
            throws InterruptedException {
        List<Future<T>> futures = new ArrayList<>(tasks.size());
        for (Callable<T> t : tasks) {
            futures.add(pool.submit(t));
        }
        long deadline = System.nanoTime() + Math.min(nanos, Long.MAX_VALUE / 4);
        for (Future<T> f : futures) {
            long left = deadline - System.nanoTime();
            try {
                if (left <= 0) {
                    throw new TimeoutException();
                }
                f.get(left, TimeUnit.NANOSECONDS);
            } catch (ExecutionException | CancellationException e) {
                // the future carries the outcome
            } catch (TimeoutException e) {
                futures.forEach(g -> g.cancel(true));
                break;
            }
        }
        return futures;
    }

    static <T> T invokeAny(LocalPool pool, Collection<? extends Callable<T>> tasks, long nanos)
            throws InterruptedException, ExecutionException, TimeoutException {
        if (tasks.isEmpty()) {
            throw new IllegalArgumentException("invokeAny needs at least one task");
        }
        LinkedBlockingQueue<Future<T>> done = new LinkedBlockingQueue<>();
        List<Future<T>> futures = new ArrayList<>(tasks.size());
        try {
            for (Callable<T> t : tasks) {
                var f = pool.submit(t);
                futures.add(f);
                f.whenComplete((v, e) -> done.add(f));
            }
            long deadline = System.nanoTime() + Math.min(nanos, Long.MAX_VALUE / 4);
            ExecutionException last = null;
            for (int i = 0; i < futures.size(); i++) {
                Future<T> f = done.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
                if (f == null) {
                    throw new TimeoutException("no task of invokeAny finished in time");
                }
                try {
                    return f.get();
                } catch (ExecutionException e) {
                    last = e;
                } catch (CancellationException e) {
                    last = new ExecutionException(e);
                }
            }
            throw last;
        } finally {
            futures.forEach(f -> f.cancel(true));
        }
    }
}
