package org.par4j.runtime.pool;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.par4j.Par4jException;
import org.par4j.PoolOptions;
import org.par4j.runtime.spawn.LocalWorkerJvm;
import org.par4j.runtime.spawn.WorkerJvm;

/**
 * Runs chunks in worker JVMs ({@link ProcessWorker}). Starts them in parallel, replaces one that
 * died or retired (maxTasksPerChild) while the pool still has work, and tells the pool when the
 * last one is gone after a stop or a kill.
 */
final class ProcessBackend implements PoolBackend {
    private final LocalPool pool;
    private final PoolOptions options;
    private final byte[] initializer;
    private final Set<ProcessWorker> workers = ConcurrentHashMap.newKeySet();
    /** Workers in a row that died unasked before answering a chunk, after which the pool gives up. */
    private static final int STILLBORN_LIMIT = 3;
    private final AtomicInteger stillborn = new AtomicInteger();
    /** Workers running or being replaced; the pool is gone when this reaches 0 after a stop. */
    private final AtomicInteger live = new AtomicInteger();

    ProcessBackend(LocalPool pool, PoolOptions options) {
        this.pool = pool;
        this.options = options;
        this.initializer = CallerEncoding.encode(options.initializer());
    }

    @Override
    public boolean encodes() {
        return true;
    }

    @Override
    public void start() {
        List<CompletableFuture<ProcessWorker>> starting = new ArrayList<>();
        for (int i = 0; i < options.workers(); i++) {
            live.incrementAndGet();
            CompletableFuture<ProcessWorker> f = new CompletableFuture<>();
            Thread.ofVirtual().name("par4j-spawn").start(() -> {
                try {
                    f.complete(spawn());
                } catch (Throwable t) {
                    f.completeExceptionally(t);
                }
            });
            starting.add(f);
        }
        RuntimeException failure = null;
        for (CompletableFuture<ProcessWorker> f : starting) {
            try {
                f.join();
            } catch (CompletionException e) {
                failure = failure != null ? failure : Await.unwrap(e.getCause());
                if (live.decrementAndGet() == 0) {
                    pool.workersGone();
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    private ProcessWorker spawn() {
        WorkerJvm jvm = LocalWorkerJvm.start(options.name(), options.jvmOptions());
        ProcessWorker w = ProcessWorker.start(pool, this, jvm, initializer, options.maxTasksPerChild());
        workers.add(w);
        if (pool.isTerminating()) {
            w.kill();
        }
        return w;
    }

    /** Called by a worker's reader thread once its JVM is gone. */
    void workerExited(ProcessWorker w) {
        workers.remove(w);
        if (stillborn(w)) {
            pool.broken(new Par4jException("pool " + options.name() + ": " + STILLBORN_LIMIT + " worker JVMs in a row"
                    + " died before finishing a task (check the initializer and the JVM options); the last, pid "
                    + w.pid() + ", exited with status " + w.exitStatus().orElse(Integer.MIN_VALUE)
                    + (w.lastWords().isEmpty() ? "" : ", its last words:\n    " + String.join("\n    ", w.lastWords()))));
        }
        if (pool.acceptsWork()) {
            try {
                spawn();
                return;
            } catch (RuntimeException e) {
                if (live.get() == 1) {
                    pool.broken(new Par4jException("pool " + options.name() + " has no workers left: "
                            + e.getMessage(), e));
                }
            }
        }
        if (live.decrementAndGet() == 0) {
            pool.workersGone();
        }
    }

    @Override
    public boolean resultsWakeAThread() {
        return true;
    }

    @Override
    public boolean trySendDirect(Chunk chunk) {
        for (ProcessWorker w : workers) {
            if (w.trySendDirect(chunk)) {
                return true;
            }
        }
        return false;
    }

    /** Counts workers that die unasked before answering anything, so a pool cannot respawn for ever. */
    private boolean stillborn(ProcessWorker w) {
        if (w.exitedOnRequest() || w.answered() > 0) {
            stillborn.set(0);
            return false;
        }
        return stillborn.incrementAndGet() >= STILLBORN_LIMIT;
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
        workers.forEach(ProcessWorker::kill);
    }

    @Override
    public void forget(long callId) {
        for (ProcessWorker w : workers) {
            w.forget(callId);
        }
    }

    /** @return the pids of the live workers, for tests and tools */
    List<Long> pids() {
        return workers.stream().map(ProcessWorker::pid).toList();
    }
}
