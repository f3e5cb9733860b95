package org.par4j.runtime.spawn;

import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import org.par4j.runtime.wire.FrameChannel;

/**
 * One started worker JVM, connected and authenticated: the interface every way of starting a worker
 * implements (cf. CPython's {@code popen_*} classes). Thread-safe.
 *
 * <p>States: RUNNING (connected) -&gt; EXITED ({@link #exitStatus()} present). {@link #close()} moves any
 * state to EXITED, killing the JVM if it still runs.
 */
public interface WorkerJvm extends AutoCloseable {

    /** @return the operating-system process id */
    long pid();

    /** @return the authenticated control channel to the worker */
    FrameChannel channel();

    /** @return true while the JVM runs */
    boolean isAlive();

    /** @return the exit status (negative: the signal that killed it), or empty while it runs */
    OptionalInt exitStatus();

    /**
     * Waits for the JVM to exit and its output to be passed on.
     *
     * @param timeout how long to wait at most; null waits for ever
     * @return true if it exited within the timeout
     * @throws InterruptedException if interrupted while waiting
     */
    boolean waitFor(Duration timeout) throws InterruptedException;

    /** Sends SIGTERM: the worker's shutdown hooks run. */
    void terminate();

    /** Sends SIGKILL. */
    void kill();

    /** @return the worker's last lines of standard error, oldest first */
    List<String> lastWords();

    /** Kills the JVM if it still runs and releases the channel. */
    @Override
    void close();
}
