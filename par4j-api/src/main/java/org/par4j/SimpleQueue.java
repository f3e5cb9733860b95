package org.par4j;

import java.io.Serializable;
import org.par4j.spi.IpcProvider;

/**
 * An unbounded queue of objects between processes, with only the basic calls: Python's
 * {@code multiprocessing.SimpleQueue}. A {@link Queue} does more (bounds, timeouts, sizes).
 *
 * <pre>{@code
 * SimpleQueue<String> q = SimpleQueue.create();
 * new JvmProcess(() -> q.put("hello")).start();
 * System.out.println(q.get());   // hello
 * }</pre>
 *
 * @param <T> the element type
 */
public interface SimpleQueue<T> extends AutoCloseable, Serializable {

    /**
     * @param <T> the element type
     * @return a new empty unbounded queue in shared memory
     */
    static <T> SimpleQueue<T> create() {
        return IpcProvider.get().newQueue(0, false);
    }

    /**
     * Adds an item at the tail.
     *
     * @param item any object par4j's codec carries, or null
     */
    void put(T item);

    /**
     * Takes the item at the head, waiting for one.
     *
     * @return it
     * @throws ChannelClosedException if the queue is empty and every other process that used it has died
     */
    T get();

    /** @return true if no item is there now (a snapshot: other processes may change it at once) */
    boolean isEmpty();

    /** Stops this handle: later puts and gets through it fail. Items already put stay for others. */
    @Override
    void close();
}
