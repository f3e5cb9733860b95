package org.par4j.runtime.spawn;

/**
 * Halts this worker JVM when its parent is gone, even if the parent was killed with {@code kill -9}
 * while this worker was busy and not reading its socket. Compares the current parent pid with the
 * expected one, so a reused pid cannot fool it (an orphan is re-parented to init or a subreaper).
 */
final class ParentWatchdog {
    /** How often to look, in ms ({@code par4j.worker.watchdogMs}). */
    private static final long PERIOD_MS = Long.getLong("par4j.worker.watchdogMs", 100);
    /** Exit status of a worker whose parent died. */
    static final int ORPHANED = 70;

    private ParentWatchdog() {
    }

    static void start(long parentPid) {
        Thread.ofPlatform().daemon().name("par4j-parent-watchdog").stackSize(128 * 1024).start(() -> {
            while (true) {
                long now = ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(-1L);
                if (now != parentPid) {
                    Runtime.getRuntime().halt(ORPHANED);
                }
                try {
                    Thread.sleep(PERIOD_MS);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
    }
}
