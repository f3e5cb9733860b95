package org.par4j;

import org.par4j.spi.SharedMemoryProvider;

/**
 * A reentrant {@link Lock} shared by threads and processes: Python's {@code multiprocessing.RLock}.
 * The holding thread may lock it again; it is free once unlocked as many times as locked.
 *
 * <pre>{@code
 * RLock lock = RLock.create();
 * lock.lock();
 * lock.lock();           // same thread: fine
 * lock.unlock();
 * lock.unlock();         // now free
 * }</pre>
 *
 * Robust and passable to processes as {@link Lock} is.
 */
public interface RLock extends Lock {

    /** @return a new, free reentrant lock */
    static RLock create() {
        return SharedMemoryProvider.get().newRLock();
    }

    /** @return how many times the calling thread holds the lock (0 if it does not) */
    int holdCount();
}
