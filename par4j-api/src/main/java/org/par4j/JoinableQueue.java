package org.par4j;

import java.time.Duration;
import org.par4j.spi.IpcProvider;

/**
 * A {@link Queue} that counts unfinished items: every {@code put} adds one, every {@link #taskDone()}
 * removes one, and {@link #join()} waits until the count is zero. Python's
 * {@code multiprocessing.JoinableQueue}.
 *
 * <pre>{@code
 * JoinableQueue<String> jobs = JoinableQueue.create();
 * new JvmProcess(() -> { while (true) { handle(jobs.get()); jobs.taskDone(); } }).daemon(true).start();
 * jobs.put("a"); jobs.put("b");
 * jobs.join();   // both handled
 * }</pre>
 *
 * @param <T> the element type
 */
public interface JoinableQueue<T> extends Queue<T> {

    /**
     * @param <T> the element type
     * @return a new unbounded joinable queue
     */
    static <T> JoinableQueue<T> create() {
        return create(0);
    }

    /**
     * @param <T> the element type
     * @param maxSize most items it holds; 0 or less for no bound
     * @return a new joinable queue
     */
    static <T> JoinableQueue<T> create(int maxSize) {
        return (JoinableQueue<T>) IpcProvider.get().<T>newQueue(maxSize, true);
    }

    /**
     * Marks one item taken with {@code get} as finished.
     *
     * @throws IllegalStateException if called more times than items were put
     */
    void taskDone();

    /** Waits until every item put has been marked done. */
    void join();

    /**
     * @param timeout how long at most
     * @return true if every item was marked done in time
     */
    boolean join(Duration timeout);
}
