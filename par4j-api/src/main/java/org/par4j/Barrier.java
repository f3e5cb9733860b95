package org.par4j;

import java.io.Serializable;
import java.time.Duration;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.TimeoutException;
import org.par4j.spi.SharedMemoryProvider;

/**
 * A cyclic barrier for threads and processes: Python's {@code multiprocessing.Barrier} ({@code wait}
 * -&gt; {@link #await}). Each of the {@link #parties()} callers blocks until all have arrived; then all
 * go on and the barrier is ready for the next round.
 *
 * <pre>{@code
 * Barrier start = Barrier.create(3);
 * for (int i = 0; i < 2; i++) new JvmProcess(() -> { start.await(Duration.ofSeconds(30)); work(); }).start();
 * start.await(Duration.ofSeconds(30));   // all three go on together
 * }</pre>
 *
 * <p>A timeout breaks the barrier, as in Python and {@link java.util.concurrent.CyclicBarrier}: the
 * party that timed out gets a {@link TimeoutException}, the others a {@link BrokenBarrierException},
 * until {@link #reset()}. A process that dies before arriving is seen only through timeouts.
 * <b>Memory consistency effects:</b> actions before {@code await} happen-before those after it in
 * every other party.
 */
public interface Barrier extends Serializable {

    /**
     * @param parties how many callers each round needs (at least 1)
     * @return a new barrier
     */
    static Barrier create(int parties) {
        return SharedMemoryProvider.get().newBarrier(parties);
    }

    /**
     * Waits for all parties, without a time limit.
     *
     * @return the arrival index, 0 for the first to arrive to parties-1 for the last
     * @throws InterruptedException if interrupted while waiting (the barrier is then broken)
     * @throws BrokenBarrierException if the barrier is or becomes broken
     */
    int await() throws InterruptedException, BrokenBarrierException;

    /**
     * @param timeout how long to wait at most
     * @return the arrival index, 0 for the first to arrive to parties-1 for the last
     * @throws InterruptedException if interrupted while waiting (the barrier is then broken)
     * @throws BrokenBarrierException if the barrier is or becomes broken
     * @throws TimeoutException if the time ran out (the barrier is then broken)
     */
    int await(Duration timeout) throws InterruptedException, BrokenBarrierException, TimeoutException;

    /** @return how many callers each round needs */
    int parties();

    /** @return how many are waiting in the current round */
    int numberWaiting();

    /** @return true if a timeout, interrupt or {@link #abort()} broke it */
    boolean isBroken();

    /** Breaks the barrier: waiters and later callers get {@link BrokenBarrierException}. */
    void abort();

    /** Mends a broken barrier and starts a fresh round. */
    void reset();
}
