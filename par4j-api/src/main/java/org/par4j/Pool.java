package org.par4j;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import org.par4j.spi.Par4jRuntime;

/**
 * A pool of workers that run tasks in parallel: Python's {@code multiprocessing.Pool} for Java, and a
 * {@link ExecutorService} as well.
 *
 * <pre>{@code
 * try (Pool pool = Pool.processes(4)) {            // or Pool.threads(4)
 *     List<Integer> squares = pool.map(x -> x * x, List.of(1, 2, 3, 4, 5));   // [1, 4, 9, 16, 25]
 * }
 * }</pre>
 *
 * <h2>Backends</h2>
 * {@link #processes(int)} runs tasks in worker JVMs started with this JVM's {@code java} binary and
 * class path: separate heaps, crash containment, and the way to other hosts. {@link #threads(int)}
 * runs them on threads of this JVM: Java threads run in parallel (there is no GIL), so this is the
 * fast choice for pure-Java CPU work. Both take the same calls; tasks are serializable lambdas either
 * way, so code moves from one backend to the other unchanged.
 *
 * <h2>Errors</h2>
 * A task that throws fails its call with a {@link TaskFailedException} whose cause is the original
 * exception. A worker that dies holding a task fails that call with a {@link WorkerDiedException}
 * within a second; the pool replaces the worker and other calls go on. A task that cannot be
 * serialized fails at the call site with a {@link NotSerializableTaskException}. Calls on a closed
 * pool throw {@link PoolClosedException}.
 *
 * <h2>Lifecycle</h2>
 * RUNNING (accepts tasks) -&gt; SHUTDOWN ({@link #shutdown()}, Python's {@code close()}: no new tasks,
 * queued ones finish) -&gt; TERMINATED (workers gone). {@link #terminate()} (= {@link #shutdownNow()})
 * goes straight to TERMINATED, failing unfinished calls. {@link #close()} is {@code shutdown()} and
 * then {@link #join()}, as {@link ExecutorService#close()} is.
 */
public interface Pool extends ExecutorService {

    /** @return a pool of worker JVMs, one per usable CPU */
    static Pool processes() {
        return builder().processes().build();
    }

    /**
     * @param workers number of worker JVMs
     * @return a pool of {@code workers} worker JVMs
     */
    static Pool processes(int workers) {
        return builder().processes(workers).build();
    }

    /** @return a pool of threads in this JVM, one per usable CPU */
    static Pool threads() {
        return builder().threads().build();
    }

    /**
     * @param workers number of threads
     * @return a pool of {@code workers} threads in this JVM
     */
    static Pool threads(int workers) {
        return builder().threads(workers).build();
    }

    /** @return a builder for the pool options (initializer, maxTasksPerChild, progress, JVM options) */
    static PoolBuilder builder() {
        return new PoolBuilder();
    }

    /**
     * @return the number of CPUs this process may use: cgroup quota and affinity mask taken into
     *     account, as {@link Runtime#availableProcessors()} does
     */
    static int usableCpus() {
        return Runtime.getRuntime().availableProcessors();
    }

    /** @return the number of workers */
    int workers();

    /** @return true for a pool of worker JVMs, false for a pool of threads */
    boolean isProcessPool();

    // ---- map family ----------------------------------------------------------------------

    /**
     * Applies {@code fn} to every item in parallel and returns the results in input order (blocking).
     * Items are sent in chunks whose size is chosen as Python does (about 4 chunks per worker).
     *
     * @param fn the function, a serializable lambda
     * @param items the inputs
     * @param <T> input type
     * @param <R> result type
     * @return the results, in the order of {@code items}
     */
    default <T, R> List<R> map(SerializableFunction<? super T, ? extends R> fn, Iterable<? extends T> items) {
        return map(fn, items, 0);
    }

    /**
     * As {@link #map(SerializableFunction, Iterable)} with an explicit chunk size.
     *
     * @param fn the function
     * @param items the inputs
     * @param chunksize items per message to a worker; 0 chooses automatically
     * @param <T> input type
     * @param <R> result type
     * @return the results, in input order
     */
    <T, R> List<R> map(SerializableFunction<? super T, ? extends R> fn, Iterable<? extends T> items, int chunksize);

    /**
     * Non-blocking {@link #map(SerializableFunction, Iterable)}.
     *
     * @param fn the function
     * @param items the inputs
     * @param <T> input type
     * @param <R> result type
     * @return the list of results, once all are in
     */
    default <T, R> AsyncResult<List<R>> mapAsync(SerializableFunction<? super T, ? extends R> fn,
            Iterable<? extends T> items) {
        return mapAsync(fn, items, 0);
    }

    /**
     * Non-blocking {@link #map(SerializableFunction, Iterable, int)}.
     *
     * @param fn the function
     * @param items the inputs
     * @param chunksize items per message; 0 chooses automatically
     * @param <T> input type
     * @param <R> result type
     * @return the list of results, once all are in
     */
    <T, R> AsyncResult<List<R>> mapAsync(SerializableFunction<? super T, ? extends R> fn,
            Iterable<? extends T> items, int chunksize);

    /**
     * Python's {@code starmap}: applies a function of two arguments to every pair.
     *
     * <pre>{@code pool.starmap(Math::pow, List.of(Map.entry(2.0, 10.0), Map.entry(3.0, 2.0)))  // [1024.0, 9.0]}</pre>
     *
     * @param fn the function of two arguments
     * @param pairs the argument pairs
     * @param <A> first argument type
     * @param <B> second argument type
     * @param <R> result type
     * @return the results, in input order
     */
    default <A, B, R> List<R> starmap(SerializableBiFunction<? super A, ? super B, ? extends R> fn,
            Iterable<? extends Map.Entry<? extends A, ? extends B>> pairs) {
        return map(StarmapAdapter.of(fn), StarmapAdapter.pairs(pairs), 0);
    }

    /**
     * Non-blocking {@link #starmap(SerializableBiFunction, Iterable)}.
     *
     * @param fn the function of two arguments
     * @param pairs the argument pairs
     * @param <A> first argument type
     * @param <B> second argument type
     * @param <R> result type
     * @return the list of results, once all are in
     */
    default <A, B, R> AsyncResult<List<R>> starmapAsync(SerializableBiFunction<? super A, ? super B, ? extends R> fn,
            Iterable<? extends Map.Entry<? extends A, ? extends B>> pairs) {
        return mapAsync(StarmapAdapter.of(fn), StarmapAdapter.pairs(pairs), 0);
    }

    /**
     * Lazy, ordered map: reads {@code items} only as results are consumed, keeping a bounded number
     * of chunks in flight, so an endless or huge input is fine.
     *
     * @param fn the function
     * @param items the inputs, read lazily
     * @param chunksize items per message; 0 means 1, as in Python
     * @param <T> input type
     * @param <R> result type
     * @return the results in input order
     */
    <T, R> Iterator<R> imap(SerializableFunction<? super T, ? extends R> fn, Iterator<? extends T> items, int chunksize);

    /**
     * {@link #imap(SerializableFunction, Iterator, int)} with chunks of one item.
     *
     * @param fn the function
     * @param items the inputs, read lazily
     * @param <T> input type
     * @param <R> result type
     * @return the results in input order
     */
    default <T, R> Iterator<R> imap(SerializableFunction<? super T, ? extends R> fn, Iterable<? extends T> items) {
        return imap(fn, items.iterator(), 1);
    }

    /**
     * As {@link #imap(SerializableFunction, Iterator, int)}, but results come in completion order.
     *
     * @param fn the function
     * @param items the inputs, read lazily
     * @param chunksize items per message; 0 means 1
     * @param <T> input type
     * @param <R> result type
     * @return the results in completion order
     */
    <T, R> Iterator<R> imapUnordered(SerializableFunction<? super T, ? extends R> fn, Iterator<? extends T> items,
            int chunksize);

    /**
     * {@link #imapUnordered(SerializableFunction, Iterator, int)} with chunks of one item.
     *
     * @param fn the function
     * @param items the inputs, read lazily
     * @param <T> input type
     * @param <R> result type
     * @return the results in completion order
     */
    default <T, R> Iterator<R> imapUnordered(SerializableFunction<? super T, ? extends R> fn,
            Iterable<? extends T> items) {
        return imapUnordered(fn, items.iterator(), 1);
    }

    // ---- apply family --------------------------------------------------------------------

    /**
     * Runs one task and waits for its result (Python's {@code apply}).
     *
     * @param task the task
     * @param <R> result type
     * @return what the task returned
     */
    default <R> R apply(SerializableCallable<? extends R> task) {
        return AsyncResults.await(applyAsync(task));
    }

    /**
     * Runs {@code fn(arg)} and waits for its result.
     *
     * @param fn the function
     * @param arg its argument
     * @param <T> argument type
     * @param <R> result type
     * @return {@code fn.apply(arg)}
     */
    default <T, R> R apply(SerializableFunction<? super T, ? extends R> fn, T arg) {
        return AsyncResults.await(applyAsync(fn, arg));
    }

    /**
     * Runs one task without waiting (Python's {@code apply_async}).
     *
     * @param task the task
     * @param <R> result type
     * @return the task's result, when it completes
     */
    <R> AsyncResult<R> applyAsync(SerializableCallable<? extends R> task);

    /**
     * Runs {@code fn(arg)} without waiting.
     *
     * @param fn the function
     * @param arg its argument
     * @param <T> argument type
     * @param <R> result type
     * @return the result, when it completes
     */
    <T, R> AsyncResult<R> applyAsync(SerializableFunction<? super T, ? extends R> fn, T arg);

    /**
     * {@link ExecutorService#submit(java.util.concurrent.Callable)} for a serializable task; chosen
     * by the compiler for a lambda argument.
     *
     * @param task the task
     * @param <R> result type
     * @return its result
     */
    default <R> AsyncResult<R> submit(SerializableCallable<R> task) {
        return applyAsync(task);
    }

    // ---- lifecycle -----------------------------------------------------------------------

    /**
     * Waits until the pool has terminated, after {@link #shutdown()} or {@link #terminate()}
     * (Python's {@code join()}).
     *
     * @throws IllegalStateException if the pool is still running
     */
    void join();

    /** Stops the workers now, failing unfinished calls (Python's {@code terminate()}). */
    void terminate();

    /** Shuts down and waits for queued tasks and workers to finish (Python's {@code close(); join()}). */
    @Override
    default void close() {
        shutdown();
        join();
    }

    /**
     * @return the runtime found by {@link java.util.ServiceLoader}
     */
    private static Par4jRuntime runtime() {
        return Par4jRuntime.get();
    }

    /** Creates pools from {@link PoolOptions}; used by {@link PoolBuilder}. */
    static Pool create(PoolOptions options) {
        return runtime().newPool(options);
    }
}
