package org.par4j;

import java.io.Serializable;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.par4j.spi.SharedMemoryProvider;

/**
 * A condition variable shared by threads and processes, bound to a {@link Lock}: Python's
 * {@code multiprocessing.Condition} ({@code wait} -&gt; {@link #await(Duration)}, {@code wait_for}
 * -&gt; {@link #waitFor}, {@code notify} -&gt; {@link #signal()}, {@code notify_all} -&gt;
 * {@link #signalAll()}), with the {@link java.util.concurrent.locks.Condition} interface.
 *
 * <pre>{@code
 * Condition changed = Condition.create();
 * SharedInt stock = SharedInt.createRaw(0);
 * // consumer, in any process:
 * changed.lock().lock();
 * try {
 *     if (!changed.waitFor(() -> stock.get() > 0, Duration.ofSeconds(5))) throw new IllegalStateException("none");
 *     stock.addAndGet(-1);
 * } finally {
 *     changed.lock().unlock();
 * }
 * // producer:
 * changed.lock().withLock(() -> { stock.addAndGet(1); changed.signalAll(); });
 * }</pre>
 *
 * <p>The caller must hold the lock to await; awaiting releases it and takes it back before returning.
 * Wake-ups may be spurious, and one {@code signal()} may wake more than one waiter: wait in a loop on
 * the condition you need, or use {@link #waitFor}.
 */
public interface Condition extends java.util.concurrent.locks.Condition, Serializable {

    /** @return a new condition with a new {@link RLock} */
    static Condition create() {
        return create(RLock.create());
    }

    /**
     * @param lock the lock it is bound to (one made by par4j)
     * @return a new condition
     */
    static Condition create(Lock lock) {
        return SharedMemoryProvider.get().newCondition(lock);
    }

    /** @return the lock this condition is bound to */
    Lock lock();

    /**
     * Releases the lock, waits for a signal or the timeout, takes the lock back.
     *
     * @param timeout how long to wait at most
     * @return false if the time ran out, true otherwise
     * @throws InterruptedException if interrupted while waiting
     * @throws IllegalMonitorStateException if the calling thread does not hold the lock
     */
    boolean await(Duration timeout) throws InterruptedException;

    /**
     * Waits until {@code predicate} is true (checked holding the lock) or the timeout runs out.
     *
     * @param predicate what to wait for
     * @param timeout how long to wait at most
     * @return the predicate's last value
     * @throws InterruptedException if interrupted while waiting
     */
    boolean waitFor(BooleanSupplier predicate, Duration timeout) throws InterruptedException;
}
