package org.par4j;

import java.io.Serializable;
import java.time.Duration;
import org.par4j.spi.SharedMemoryProvider;

/**
 * A flag that threads and processes wait for: Python's {@code multiprocessing.Event}
 * ({@code set}, {@code clear}, {@code is_set}, {@code wait} -&gt; {@link #await}).
 *
 * <pre>{@code
 * Event ready = Event.create();
 * new JvmProcess(() -> { prepare(); ready.set(); }).start();
 * if (!ready.await(Duration.ofSeconds(10))) throw new IllegalStateException("child not ready");
 * }</pre>
 *
 * <p>Waiters sleep in a futex. <b>Memory consistency effects:</b> actions before {@code set()}
 * happen-before those after an {@code await} that returns true.
 */
public interface Event extends Serializable {

    /** @return a new event, clear */
    static Event create() {
        return SharedMemoryProvider.get().newEvent();
    }

    /** Sets the flag and wakes every waiter. */
    void set();

    /** Clears the flag. */
    void clear();

    /** @return true if set */
    boolean isSet();

    /**
     * Waits until the flag is set.
     *
     * @throws InterruptedException if interrupted while waiting
     */
    void await() throws InterruptedException;

    /**
     * @param timeout how long to wait at most
     * @return true if the flag is set, false if the time ran out
     * @throws InterruptedException if interrupted while waiting
     */
    boolean await(Duration timeout) throws InterruptedException;
}
