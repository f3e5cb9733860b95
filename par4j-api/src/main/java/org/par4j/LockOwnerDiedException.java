package org.par4j;

/**
 * Thrown to the thread that acquires a {@link Lock} whose previous holder's process died while holding
 * it (robust-mutex semantics, as {@code EOWNERDEAD} of process-shared pthread mutexes). When thrown by
 * {@code lock()} or {@code tryLock(...)}, the caller <em>now holds the lock</em>: it may repair the data
 * the lock protects and then go on, and must eventually {@code unlock()} it. {@link Lock#withLock}
 * releases it before passing the exception on.
 *
 * <pre>{@code
 * try {
 *     lock.lock();
 * } catch (LockOwnerDiedException e) {
 *     System.err.println("recovered the lock from dead pid " + e.deadPid());
 *     repairSharedState();
 * }
 * try { ... } finally { lock.unlock(); }
 * }</pre>
 */
public class LockOwnerDiedException extends Par4jException {
    private static final long serialVersionUID = 1L;

    private final long deadPid;

    /**
     * @param lockName which lock
     * @param deadPid the pid of the process that died holding it
     */
    public LockOwnerDiedException(String lockName, long deadPid) {
        super("the process holding " + lockName + " (pid " + deadPid
                + ") died without releasing it; this thread now holds the lock: check the data it protects");
        this.deadPid = deadPid;
    }

    /** @return the pid of the process that died holding the lock */
    public long deadPid() {
        return deadPid;
    }
}
