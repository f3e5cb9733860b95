package org.par4j.runtime.spawn;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

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

    private static boolean parentGone() {
        return ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(-1L) != parent;
    }

    /**
     * The control channel ended without an EXIT: the parent died or dropped this worker. Halts, after
     * cleaning up for a dead parent (its death closes the socket a moment before re-parenting shows).
     */
    static void endOfChannel() {
        for (int i = 0; i < 20 && !parentGone(); i++) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                break;
            }
        }
        if (parentGone()) {
            orphaned();
        }
        Runtime.getRuntime().halt(ORPHANED);
    }

    private static void orphaned() {
        Path socket = rendezvous;
        if (socket != null) {
            try {
                Files.deleteIfExists(socket);
                Files.deleteIfExists(socket.getParent());
            } catch (IOException | RuntimeException e) {
                // another worker got there first, or the directory holds something else
            }
        }
        Runtime.getRuntime().halt(ORPHANED);
    }

    private static volatile long parent = -1;
    private static volatile Path rendezvous;

    /**
     * @param parentPid the parent's pid
     * @param socket the parent's rendezvous socket: when the parent was killed, the first worker to
     *     notice removes it and its private directory, which the parent could not
     */
    static void start(long parentPid, Path socket) {
        parent = parentPid;
        rendezvous = socket;
        Thread.ofPlatform().daemon().name("par4j-parent-watchdog").stackSize(128 * 1024).start(() -> {
            while (true) {
                if (parentGone()) {
                    orphaned();
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
