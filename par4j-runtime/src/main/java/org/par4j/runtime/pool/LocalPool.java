package org.par4j.runtime.pool;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.par4j.AsyncResult;
import org.par4j.NotSerializableTaskException;
import org.par4j.Pool;
import org.par4j.PoolClosedException;
import org.par4j.PoolOptions;
import org.par4j.SerializableCallable;
import org.par4j.SerializableFunction;

/**
 * The single-host {@link Pool}: one implementation of every call over a queue of {@link Chunk}s that
 * a {@link PoolBackend} (threads or worker JVMs) runs. Functions are encoded on the caller's thread,
 * so a task that cannot be sent fails at the call site before anything is sent; items are encoded
 * there too, chunk by chunk as they are queued, and one that cannot be sent fails the call at the
 * call site.
 *
 * <p>States, guarded by {@link #lock}:
 * <pre>
 *   RUNNING      accepts calls
 *   SHUTDOWN     shutdown()/close(): no new calls; chunks of admitted calls still run
 *   STOPPING     SHUTDOWN and nothing outstanding: workers were told to exit
 *   TERMINATING  terminate(): workers are being killed, unfinished calls fail
 *   TERMINATED   every worker is gone
 * </pre>
 * RUNNING -&gt; SHUTDOWN -&gt; STOPPING -&gt; TERMINATED; any state before TERMINATING -&gt; TERMINATING -&gt; TERMINATED.
 */
public final class LocalPool implements Pool {
    /** Tells a worker to exit; offered once per worker when the pool stops. */
    static final Chunk POISON = new Chunk(null, -1, -1, null, null, 0);

    private enum State { RUNNING, SHUTDOWN, STOPPING, TERMINATING, TERMINATED }

    private final PoolOptions options;
    private final PoolBackend backend;
    private final LinkedBlockingDeque<Chunk> queue = new LinkedBlockingDeque<>();
    private final AtomicLong outstanding = new AtomicLong();
    private final AtomicLong callIds = new AtomicLong();
    private final CountDownLatch terminated = new CountDownLatch(1);
    private final Object lock = new Object();
    private volatile State state = State.RUNNING;

    /**
     * Starts a pool and its workers.
     *
     * @param options the pool's options
     * @throws org.par4j.Par4jException if the workers cannot be started
     * @throws NotSerializableTaskException if the initializer cannot be sent to worker JVMs
     */
    public LocalPool(PoolOptions options) {
        this.options = Objects.requireNonNull(options, "options");
        this.backend = options.processes() ? new ProcessBackend(this, options) : new ThreadBackend(this, options);
        try {
            backend.start();
        } catch (RuntimeException e) {
            terminate();
            throw e;
        }
    }

    @Override
    public int workers() {
        return options.workers();
    }

    @Override
    public boolean isProcessPool() {
        return options.processes();
    }

    String name() {
        return options.name();
    }

    /** @return the process ids of the pool's worker JVMs now (empty for a thread pool) */
    public List<Long> workerPids() {
        return backend instanceof ProcessBackend pb ? pb.pids() : List.of();
    }

    // ---- calls ---------------------------------------------------------------------------

    @Override
    public <T, R> List<R> map(SerializableFunction<? super T, ? extends R> fn, Iterable<? extends T> items,
            int chunksize) {
        return Await.get(mapAsync(fn, items, chunksize));
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T, R> AsyncResult<List<R>> mapAsync(SerializableFunction<? super T, ? extends R> fn,
            Iterable<? extends T> items, int chunksize) {
        Objects.requireNonNull(fn, "fn");
        Objects.requireNonNull(items, "items");
        if (chunksize < 0) {
            throw new IllegalArgumentException("chunksize must be >= 0, got " + chunksize);
        }
        requireRunning();
        Object[] all = Chunking.snapshot(items);
        int n = all.length;
        int size = chunksize > 0 ? chunksize : Chunking.autoSize(n, workers());
        int chunks = (int) ((n + (long) size - 1) / size);
        long id = callIds.incrementAndGet();
        MapCall call = new MapCall(id, "map", (Function) fn, encodeFunction(fn), n, chunks,
                ProgressBar.of(options.progress(), options.name() + " map", n), backend.resultsWakeAThread(),
                () -> callFinished(id));
        // Each chunk is queued as soon as it is encoded, so workers start while later chunks encode.
        // An item that cannot be encoded fails the call here; chunks already queued are then skipped.
        try {
            for (int i = 0; i < chunks; i++) {
                int from = i * size;
                enqueue(chunk(call, i, from, chunks == 1 ? all : Arrays.copyOfRange(all, from, Math.min(n, from + size))));
            }
        } catch (RuntimeException e) {
            call.future().completeExceptionally(e);
            throw e;
        }
        return (AsyncResult) call.future();
    }

    @Override
    public <T, R> Iterator<R> imap(SerializableFunction<? super T, ? extends R> fn, Iterator<? extends T> items,
            int chunksize) {
        return imap(fn, items, chunksize, true);
    }

    @Override
    public <T, R> Iterator<R> imapUnordered(SerializableFunction<? super T, ? extends R> fn,
            Iterator<? extends T> items, int chunksize) {
        return imap(fn, items, chunksize, false);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private <R> Iterator<R> imap(SerializableFunction<?, ?> fn, Iterator<?> items, int chunksize, boolean ordered) {
        Objects.requireNonNull(fn, "fn");
        Objects.requireNonNull(items, "items");
        if (chunksize < 0) {
            throw new IllegalArgumentException("chunksize must be >= 0, got " + chunksize);
        }
        requireRunning();
        String kind = ordered ? "imap" : "imapUnordered";
        // Enough chunks in flight to keep every worker's pipeline full, and no more.
        int window = workers() * 64;
        return (Iterator) new ImapCall(this, callIds.incrementAndGet(), kind, (Function) fn, encodeFunction(fn),
                items, Math.max(1, chunksize), ordered, window, ProgressBar.of(options.progress(),
                        options.name() + " " + kind, -1));
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <R> AsyncResult<R> applyAsync(SerializableCallable<? extends R> task) {
        Objects.requireNonNull(task, "task");
        return (AsyncResult) applyAsync(new TaskAdapters.CallableTask(task), null);
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T, R> AsyncResult<R> applyAsync(SerializableFunction<? super T, ? extends R> fn, T arg) {
        Objects.requireNonNull(fn, "fn");
        requireRunning();
        long id = callIds.incrementAndGet();
        MapCall call = new MapCall(id, "apply", (Function) fn, encodeFunction(fn), 1, 1, null,
                backend.resultsWakeAThread(), () -> callFinished(id));
        enqueue(chunk(call, 0, 0, new Object[] {arg}));
        return (AsyncResult) call.future();
    }

    // ---- ExecutorService -----------------------------------------------------------------

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> AsyncResult<T> submit(Callable<T> task) {
        Objects.requireNonNull(task, "task");
        requireSerializable(task);
        return (AsyncResult) applyAsync(new TaskAdapters.CallableTask(task), null);
    }

    @Override
    public AsyncResult<?> submit(Runnable task) {
        return submit(task, null);
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> AsyncResult<T> submit(Runnable task, T result) {
        Objects.requireNonNull(task, "task");
        requireSerializable(task);
        return (AsyncResult) applyAsync(new TaskAdapters.RunnableTask(task, result), null);
    }

    @Override
    public void execute(Runnable command) {
        submit(command).whenComplete((v, e) -> {
            if (e != null) {
                System.err.println("par4j: a task given to execute() failed:");
                e.printStackTrace();
            }
        });
    }

    @Override
    public <T> List<Future<T>> invokeAll(Collection<? extends Callable<T>> tasks) throws InterruptedException {
        return ExecutorCalls.invokeAll(this, tasks, Long.MAX_VALUE);
    }

    @Override
    public <T> List<Future<T>> invokeAll(Collection<? extends Callable<T>> tasks, long timeout, TimeUnit unit)
            throws InterruptedException {
        return ExecutorCalls.invokeAll(this, tasks, unit.toNanos(timeout));
    }

    @Override
    public <T> T invokeAny(Collection<? extends Callable<T>> tasks) throws InterruptedException, ExecutionException {
        try {
            return ExecutorCalls.invokeAny(this, tasks, Long.MAX_VALUE);
        } catch (TimeoutException e) {
            throw new IllegalStateException("cannot time out without a timeout", e);
        }
    }

    @Override
    public <T> T invokeAny(Collection<? extends Callable<T>> tasks, long timeout, TimeUnit unit)
            throws InterruptedException, ExecutionException, TimeoutException {
        return ExecutorCalls.invokeAny(this, tasks, unit.toNanos(timeout));
    }

    private void requireSerializable(Object task) {
        if (options.processes() && !(task instanceof Serializable)) {
            throw new NotSerializableTaskException("task of " + task.getClass().getName()
                    + " is not Serializable, so it cannot be sent to a worker JVM: pass a lambda "
                    + "(it becomes a SerializableCallable) or make the class Serializable");
        }
    }

    // ---- lifecycle -----------------------------------------------------------------------

    @Override
    public void shutdown() {
        synchronized (lock) {
            if (state == State.RUNNING) {
                state = State.SHUTDOWN;
            }
        }
        maybeStop();
    }

    @Override
    public List<Runnable> shutdownNow() {
        terminate();
        // Calls are not Runnables: the unfinished ones fail with a CancellationException instead.
        return List.of();
    }

    @Override
    public void terminate() {
        List<Chunk> left = new ArrayList<>();
        synchronized (lock) {
            if (state == State.TERMINATING || state == State.TERMINATED) {
                return;
            }
            state = State.TERMINATING;
            queue.drainTo(left);
        }
        for (Chunk c : left) {
            if (c != POISON) {
                failed(c, new CancellationException("the pool was terminated before " + c.describe() + " ran"));
            }
        }
        backend.kill();
    }

    @Override
    public boolean isShutdown() {
        return state != State.RUNNING;
    }

    @Override
    public boolean isTerminated() {
        return state == State.TERMINATED;
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
        return terminated.await(timeout, unit);
    }

    @Override
    public void join() {
        if (state == State.RUNNING) {
            throw new IllegalStateException("pool " + options.name() + " is still running: close() or terminate() it first");
        }
        try {
            terminated.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while joining pool " + options.name());
        }
    }

    @Override
    public String toString() {
        return "<Pool " + options.name() + " " + (options.processes() ? "processes" : "threads") + "="
                + workers() + " state=" + state + ">";
    }

    // ---- for calls and backends ----------------------------------------------------------

    boolean acceptsWork() {
        State s = state;
        return s == State.RUNNING || s == State.SHUTDOWN;
    }

    boolean isTerminating() {
        State s = state;
        return s == State.TERMINATING || s == State.TERMINATED;
    }

    private void requireRunning() {
        if (state != State.RUNNING) {
            throw new PoolClosedException("pool " + options.name() + " is " + state.name().toLowerCase()
                    + ": it takes no new tasks");
        }
    }

    private byte[] encodeFunction(Object fn) {
        return backend.encodes() ? CallerEncoding.encode(fn) : null;
    }

    Chunk chunk(PoolCall call, int index, long offset, Object[] items) {
        if (!backend.encodes()) {
            return new Chunk(call, index, offset, items, null, items.length);
        }
        return new Chunk(call, index, offset, null, CallerEncoding.encode(items), items.length);
    }

    void enqueue(Chunk c) {
        synchronized (lock) {
            requireAcceptsWork();
            outstanding.incrementAndGet();
            // an idle worker takes a lone chunk from this thread; outstanding > 0 keeps the pool up
            if (!queue.isEmpty() || !backend.trySendDirect(c)) {
                queue.add(c);
            }
        }
    }

    private void requireAcceptsWork() {
        if (!acceptsWork()) {
            throw new PoolClosedException("pool " + options.name() + " is " + state.name().toLowerCase()
                    + ": it takes no new tasks");
        }
    }

    /**
     * @param spin whether to spin briefly before blocking: yes for a thread pool's worker threads (a
     *     parked thread wakes in tens of µs), no for a worker JVM's sender thread, whose spinning on the
     *     deque contends for its lock with the caller queueing chunks and takes a CPU from the workers
     * @return the next chunk to run, or {@link #POISON}; chunks of finished calls are skipped
     */
    Chunk takeChunk(boolean spin) throws InterruptedException {
        while (true) {
            Chunk c = spin ? BriefSpin.poll(queue) : null;
            if (c == null) {
                c = queue.take();
            }
            if (c == POISON || !skip(c)) {
                return c;
            }
        }
    }

    /** Adds up to {@code max} more chunks that are ready now, without blocking. */
    void drainChunks(List<Chunk> into, int max) {
        for (int i = 0; i < max;) {
            Chunk c = queue.pollFirst();
            if (c == null) {
                return;
            }
            if (c == POISON) {
                queue.offerFirst(c);
                return;
            }
            if (!skip(c)) {
                into.add(c);
                i++;
            }
        }
    }

    private boolean skip(Chunk c) {
        if (c.call.isFinished()) {
            if (c.markDone()) {
                chunkDone();
            }
            return true;
        }
        return false;
    }

    /** Puts chunks a worker took but could not send back at the head of the queue. */
    void requeue(List<Chunk> chunks) {
        synchronized (lock) {
            if (!isTerminating()) {
                for (int i = chunks.size() - 1; i >= 0; i--) {
                    queue.offerFirst(chunks.get(i));
                }
                return;
            }
        }
        for (Chunk c : chunks) {
            failed(c, new CancellationException("the pool was terminated before " + c.describe() + " ran"));
        }
    }

    void offerPoison() {
        queue.offerLast(POISON);
    }

    void succeeded(Chunk c, Object[] results) {
        if (c.markDone()) {
            c.call.succeeded(c, results);
            chunkDone();
        }
    }

    void failed(Chunk c, Throwable error) {
        if (c.markDone()) {
            c.call.failed(c, error);
            chunkDone();
        }
    }

    private void chunkDone() {
        if (outstanding.decrementAndGet() == 0) {
            maybeStop();
        }
    }

    private void maybeStop() {
        synchronized (lock) {
            if (state != State.SHUTDOWN || outstanding.get() != 0) {
                return;
            }
            state = State.STOPPING;
        }
        backend.stop();
    }

    void callFinished(long id) {
        backend.forget(id);
    }

    /** The backend cannot run anything any more: fail what is queued and terminate. */
    void broken(RuntimeException why) {
        List<Chunk> left = new ArrayList<>();
        synchronized (lock) {
            if (state == State.TERMINATING || state == State.TERMINATED) {
                return;
            }
            state = State.TERMINATING;
            queue.drainTo(left);
        }
        for (Chunk c : left) {
            if (c != POISON) {
                failed(c, why);
            }
        }
        backend.kill();
    }

    void workersGone() {
        synchronized (lock) {
            state = State.TERMINATED;
        }
        terminated.countDown();
    }
}
