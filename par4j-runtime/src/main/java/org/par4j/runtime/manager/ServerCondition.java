package org.par4j.runtime.manager;

/**
 * A condition of a manager's lock: a count of signals, waited on under the lock's monitor. A waiter
 * releases the lock, sleeps until the count moves or its time runs out, and takes the lock back. A
 * signal wakes every waiter, which {@link org.par4j.Condition} allows (waiters loop on their predicate).
 */
final class ServerCondition {
    private final ServerLock lock;
    /** Guarded by {@link #lock}'s monitor. */
    private long signals;

    /** @param lock the lock it is bound to */
    ServerCondition(ServerLock lock) {
        this.lock = lock;
    }

    /**
     * @param session the caller's session, which must hold the lock
     * @param timeoutNanos how long at most; negative for no limit
     * @return false if the time ran out
     * @throws InterruptedException if the server stops
     */
    boolean await(long session, long timeoutNanos) throws InterruptedException {
        synchronized (lock) {
            long pid = lock.releaseForWait(session);
            long seen = signals;
            long deadline = System.nanoTime() + timeoutNanos;
            try {
                while (signals == seen) {
                    if (timeoutNanos < 0) {
                        lock.wait();
                    } else {
                        long left = deadline - System.nanoTime();
                        if (left <= 0) {
                            return false;
                        }
                        lock.wait(left / 1_000_000, (int) (left % 1_000_000));
                    }
                }
                return true;
            } finally {
                lock.retake(session, pid);
            }
        }
    }

    /** @param session the caller's session, which must hold the lock */
    void signal(long session) {
        synchronized (lock) {
            lock.requireHeldBy(session, "signal a condition of");
            signals++;
            lock.notifyAll();
        }
    }
}
