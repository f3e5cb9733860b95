package org.par4j;

import java.time.Duration;
import org.par4j.spi.IpcProvider;

/**
 * A first-in first-out queue of objects shared by processes, many producers and many consumers:
 * Python's {@code multiprocessing.Queue}. Items live in a ring in {@code /dev/shm}, encoded by
 * par4j's codec; the queue is a small serializable handle to capture in a {@link JvmProcess} lambda or
 * a pool task. (It is named like {@code java.util.Queue}: with {@code import org.par4j.*} and
 * {@code java.util.*} both, import {@code org.par4j.Queue} by name.)
 *
 * <pre>{@code
 * Queue<Integer> q = Queue.create();
 * JvmProcess producer = new JvmProcess(() -> { for (int i = 0; i < 5; i++) q.put(i); }).start();
 * for (int i = 0; i < 5; i++) System.out.println(q.get());
 * }</pre>
 *
 * <p><b>Unlike Python's.</b> A {@code put} writes into shared memory at once, with no feeder thread:
 * a process that exits with items it put still unread exits at once, and the items stay for the
 * consumers. A {@code get} that waits on an empty queue whose other users have all died throws
 * {@link ChannelClosedException} naming them instead of blocking for ever; a process that dies in the
 * middle of a put or get breaks the queue, and the others get that exception too.
 *
 * <p><b>Capacity.</b> Besides the optional bound on items, a queue holds up to
 * {@code par4j.ipc.ringBytes} (default 4 MiB) of encoded items at a time: past that a {@code put}
 * waits for a consumer. An item larger than that streams through while a consumer reads it.
 *
 * <p>Blocking calls spin briefly ({@code par4j.ipc.spinMicros}), then sleep on a futex: no CPU is
 * burnt while waiting. A consumer killed while it waited for an item leaves the queue usable.
 *
 * @param <T> the element type
 */
public interface Queue<T> extends SimpleQueue<T> {

    /**
     * @param <T> the element type
     * @return a new unbounded queue
     */
    static <T> Queue<T> create() {
        return create(0);
    }

    /**
     * @param <T> the element type
     * @param maxSize most items it holds (puts wait while it is full); 0 or less for no bound
     * @return a new queue
     */
    static <T> Queue<T> create(int maxSize) {
        return IpcProvider.get().newQueue(maxSize, false);
    }

    /**
     * Adds an item, waiting at most {@code timeout} for room.
     *
     * @param item the item
     * @param timeout how long at most
     * @throws QueueFullException if there was no room in time
     */
    void put(T item, Duration timeout);

    /**
     * @param item added only if there is room now
     * @throws QueueFullException if the queue is full
     */
    default void putNowait(T item) {
        put(item, Duration.ZERO);
    }

    /**
     * Takes the head item, waiting at most {@code timeout} for one.
     *
     * @param timeout how long at most
     * @return it
     * @throws QueueEmptyException if none came in time
     */
    T get(Duration timeout);

    /**
     * @return the head item, if there is one now
     * @throws QueueEmptyException if the queue is empty
     */
    default T getNowait() {
        return get(Duration.ZERO);
    }

    /** @return about how many items it holds (Python's {@code qsize()}; a snapshot) */
    int size();

    /** @return true if it holds {@code maxSize} items now (never for an unbounded queue) */
    boolean isFull();

    /** @return the bound, or 0 if unbounded */
    int maxSize();
}
