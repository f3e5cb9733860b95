package org.par4j.runtime.manager;

/**
 * A manager's lock, owned by a client session (one connection). When a session ends, the server
 * releases every lock it held, so a client that died does not block the others.
 */
final class ServerLock {
    private long owner;
    private long ownerPid;

    /**
     * @param session the caller's session
     * @param pid the caller's process
     * @param timeoutNanos how long at most; negative for no limit
     * @return true if acquired
     * @throws InterruptedException if the server stops
     */
    synchronized boolean acquire(long session, long pid, long timeoutNanos) throws InterruptedException {
        long deadline = System.nanoTime() + timeoutNanos;
        while (owner != 0) {
            if (owner == session) {
                throw new IllegalStateException("this lock is not reentrant and the caller already holds it");
            }
            if (timeoutNanos < 0) {
                wait();
            } else {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                wait(left / 1_000_000, (int) (left % 1_000_000));
            }
        }
        owner = session;
        ownerPid = pid;
        return true;
    }

    synchronized void release(long session) {
        if (owner != session) {
            throw new IllegalStateException("release of a lock the caller does not hold");
        }
        owner = 0;
        ownerPid = 0;
        notifyAll();
    }

    /** @param session a session that ended: its hold, if any, is dropped */
    synchronized void releaseIfOwner(long session) {
        if (owner == session) {
            owner = 0;
            ownerPid = 0;
            notifyAll();
        }
    }

    /**
     * For a condition wait: releases the caller's hold.
     *
     * @param session the caller's session, which must hold it
     * @return the holder's pid, for {@link #retake}
     */
    synchronized long releaseForWait(long session) {
        requireHeldBy(session, "await a condition of");
        long pid = ownerPid;
        owner = 0;
        ownerPid = 0;
        notifyAll();
        return pid;
    }

    /** Takes it back after a condition wait, whatever interrupts come meanwhile (they are kept). */
    synchronized void retake(long session, long pid) {
        boolean interrupted = false;
        while (owner != 0) {
            try {
                wait();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        owner = session;
        ownerPid = pid;
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** @throws IllegalMonitorStateException unless {@code session} holds it */
    synchronized void requireHeldBy(long session, String what) {
        if (owner != session) {
            throw new IllegalMonitorStateException("the caller must hold the manager lock to " + what + " it");
        }
    }

    /** @param session a caller's session @return true if that session holds it */
    synchronized boolean isHeldBy(long session) {
        return owner != 0 && owner == session;
    }

    /** @return true if a session holds it */
    synchronized boolean isLocked() {
        return owner != 0;
    }

    /** @return the holder's pid, or -1 */
    synchronized long ownerPid() {
        return owner == 0 ? -1 : ownerPid;
    }
}
