package org.par4j;

import java.io.Serializable;
import java.time.Duration;
import org.par4j.spi.SharedMemoryProvider;

/**
 * A counting semaphore shared by threads and processes: Python's {@code multiprocessing.Semaphore}
 * ({@code acquire}/{@code release}). Permits have no owner: any thread of any process may release.
 *
 * <pre>{@code
 * Semaphore slots = Semaphore.create(2);       // at most two processes in the section at once
 * pool.map(x -> { slots.acquire(); try { return work(x); } finally { slots.release(); } }, inputs);
 * }</pre>
 *
 * <p>Waiters sleep in a futex. A process that dies holding permits does not return them (no owner is
 * recorded): use timeouts where that matters. <b>Memory consistency effects:</b> actions before
 * {@code release()} happen-before those after a successful {@code acquire()}.
 *
 * <p>Named like {@code java.util.concurrent.Semaphore} (a class); import one of them explicitly if
 * you use both.
 */
public interface Semaphore extends Serializable {

    /**
     * @param permits initial permits (not negative)
     * @return a new semaphore
     */
    static Semaphore create(int permits) {
        return SharedMemoryProvider.get().newSemaphore(permits, false);
    }

    /**
     * Takes a permit, waiting as long as it takes.
     *
     * @throws InterruptedException if interrupted while waiting
     */
    void acquire() throws InterruptedException;

    /** @return true if a permit was taken without waiting */
    boolean tryAcquire();

    /**
     * @param timeout how long to wait at most
     * @return true if a permit was taken
     * @throws InterruptedException if interrupted while waiting
     */
    boolean tryAcquire(Duration timeout) throws InterruptedException;

    /**
     * Returns a permit, waking one waiter.
     *
     * @throws IllegalStateException for a {@link BoundedSemaphore} released more often than acquired
     */
    void release();

    /** @return permits available now */
    int availablePermits();
}
