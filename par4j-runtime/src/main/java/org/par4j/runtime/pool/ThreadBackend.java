package org.par4j.runtime.pool;

import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.par4j.PoolOptions;

/**
 * Runs chunks on daemon threads of this JVM. Nothing is encoded: Java threads run in parallel, so
 * this is the fast backend for pure-Java work. A thread that has run {@code maxTasksPerChild} chunks
 * is replaced by a fresh one (its thread-locals go with it).
 */
final class ThreadBackend implements PoolBackend {
    private final LocalPool pool;
    private final PoolOptions options;
    /** Live threads and the chunk each is running (a placeholder when idle). */
    private final Map<Thread, Chunk[]> threads = new ConcurrentHashMap<>();
    private final AtomicInteger live = new AtomicInteger();
    private final AtomicInteger serial = new AtomicInteger();
    private volatile boolean killed;

    ThreadBackend(LocalPool pool, PoolOptions options) {
        this.pool = pool;
        this.options = options;
    }

    @Override
    public boolean encodes() {
        return false;
    }

    @Override
    public void start() {
        for (int i = 0; i < options.workers(); i++) {
            live.incrementAndGet();
            startThread();
        }
    }

    private void startThread() {
        Chunk[] running = new Chunk[1];
        Thread t = Thread.ofPlatform().daemon().name("par4j-" + options.name() + "-thread-" + serial.incrementAndGet())
                .unstarted(() -> work(running));
        threads.put(t, running);
        t.start();
    }

    private void work(Chunk[] running) {
        Throwable initFailure = null;
        if (options.initializer() != null) {
            try {
                options.initializer().run();
            } catch (Throwable t) {
                initFailure = t;
            }
        }
        String where = "thread " + Thread.currentThread().getName();
        int done = 0;
        boolean replace = false;
        try {
            while (!killed) {
                Chunk c = pool.takeChunk(true);
                if (c == LocalPool.POISON) {
                    break;
                }
                running[0] = c;
                run(c, where, initFailure);
                running[0] = null;
                if (options.maxTasksPerChild() > 0 && ++done >= options.maxTasksPerChild()) {
                    replace = !killed;
                    break;
                }
            }
        } catch (InterruptedException e) {
            // killed
        } finally {
            threads.remove(Thread.currentThread());
            if (replace) {
                startThread();
            } else if (live.decrementAndGet() == 0) {
                pool.workersGone();
            }
        }
    }

    private void run(Chunk c, String where, Throwable initFailure) {
        Object[] results = new Object[c.count];
        try {
            if (initFailure != null) {
                throw new IllegalStateException("the pool's initializer failed in this thread: " + initFailure,
                        initFailure);
            }
            for (int i = 0; i < c.count; i++) {
                results[i] = c.call.fn.apply(c.items[i]);
            }
        } catch (Throwable t) {
            if (!killed) {
                pool.failed(c, Failures.taskFailed(where, t));
            }
            return;
        }
        if (!killed) {
            pool.succeeded(c, results);
        }
    }

    @Override
    public void stop() {
        // read once: workers that take a poison leave, and live drops while we offer
        int n = live.get();
        for (int i = 0; i < n; i++) {
            pool.offerPoison();
        }
    }

    @Override
    public void kill() {
        killed = true;
        for (Map.Entry<Thread, Chunk[]> e : threads.entrySet()) {
            Chunk c = e.getValue()[0];
            if (c != null) {
                pool.failed(c, new CancellationException("the pool was terminated while " + c.describe() + " ran"));
            }
            e.getKey().interrupt();
        }
    }

    @Override
    public void forget(long callId) {
        // threads hold no per-call state
    }
}
