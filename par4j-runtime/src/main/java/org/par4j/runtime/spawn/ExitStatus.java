package org.par4j.runtime.spawn;

/**
 * Turns a child's exit value, as {@link java.lang.Process#exitValue()} reports it, into Python's
 * convention: the exit code, or minus the signal number when a signal ended the process.
 *
 * <p>Java reports a child killed by signal s as 128 + s, and a JVM that received SIGTERM runs its
 * shutdown hooks and exits with 143 (= 128 + 15). Both read as -s here. The price is an ambiguity:
 * a child that calls {@code System.exit(n)} with 129 &lt;= n &lt;= 192 reads as killed by signal n - 128;
 * use exit codes up to 128 for your own meanings.
 */
public final class ExitStatus {
    private static final int SIGNAL_BASE = 128;
    private static final int MAX_SIGNAL = 64;

    private ExitStatus() {
    }

    /**
     * @param exitValue what {@link java.lang.Process#exitValue()} returned
     * @return the exit code, or minus the signal number
     */
    public static int of(int exitValue) {
        if (exitValue > SIGNAL_BASE && exitValue <= SIGNAL_BASE + MAX_SIGNAL) {
            return -(exitValue - SIGNAL_BASE);
        }
        return exitValue;
    }
}
