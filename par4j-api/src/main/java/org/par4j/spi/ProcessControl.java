package org.par4j.spi;

import java.time.Duration;
import java.util.OptionalInt;

/** The runtime's side of a {@link org.par4j.JvmProcess}: one started worker JVM. */
public interface ProcessControl {

    /** @return the operating-system process id */
    long pid();

    /** @return true while the process runs */
    boolean isAlive();

    /**
     * @param timeout how long to wait at most; null waits for ever
     * @return true if the process has exited
     * @throws InterruptedException if interrupted while waiting
     */
    boolean waitFor(Duration timeout) throws InterruptedException;

    /** @return the exit code (negative: killed by that signal), or empty while running */
    OptionalInt exitCode();

    /** Sends SIGTERM. */
    void terminate();

    /** Sends SIGKILL. */
    void kill();
}
