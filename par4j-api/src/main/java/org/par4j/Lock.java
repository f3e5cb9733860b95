package org.par4j;

import java.io.Serializable;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.par4j.spi.SharedMemoryProvider;

/**
 * A mutual-exclusion lock shared by threads <em>and processes</em>: Python's
 * {@code multiprocessing.Lock}, with the {@link java.util.concurrent.locks.Lock} interface Java users
 * know ({@code lock()}/{@code unlock()} are Python's {@code acquire()}/{@code release()}).
 *
 * <pre>{@code
 * Lock lock = Lock.create();
 * SharedInt balance = SharedInt.createRaw(100);
 * new JvmProcess(() -> {
 *     for (int i = 0; i < 10_000; i++) {
 *         lock.withLock(() -> balance.set(balance.get() - 1));
 *     }
 * }).start();
 * }</pre>
 *
 * <p>The lock lives in shared memory; the object is a small serializable handle (the segment's name)
 * that a lambda given to {@link JvmProcess} or a pool task may capture: the child maps the segment on
 * first use. Blocked threads sleep in the kernel (a futex) and burn no CPU; an uncontended
 * {@code lock()}+{@code unlock()} is one compare-and-set and one atomic exchange.
 *
 * <p><b>Robust.</b> If the process holding the lock dies (even by {@code kill -9}), the next thread to
 * acquire it gets a {@link LockOwnerDiedException} naming the dead pid, and holds the lock. Python's
 * lock hangs for ever instead.
 *
 * <p><b>Not reentrant.</b> A thread that calls {@code lock()} while holding it gets an
 * {@link IllegalStateException} rather than a deadlock, and {@code false} from {@code tryLock}; use
 * {@link RLock} for reentrancy. Only the holding thread may unlock it.
 *
 * <p><b>Memory consistency effects:</b> as for {@link java.util.concurrent.locks.ReentrantLock}, in
 * every process: writes to shared memory before {@code unlock()} are visible to whoever next acquires.
 *
 * <p>Named {@code Lock} like Python's; it extends {@code java.util.concurrent.locks.Lock}, so code that
 * imports both {@code org.par4j.*} and {@code java.util.concurrent.locks.*} must name one explicitly.
 */
public interface Lock extends java.util.concurrent.locks.Lock, Serializable {

    /** @return a new, free lock */
    static Lock create() {
        return SharedMemoryProvider.get().newLock();
    }

    /**
     * Waits at most {@code timeout} for the lock.
     *
     * @param timeout how long to wait at most
     * @return true if acquired
     * @throws InterruptedException if interrupted while waiting
     * @throws LockOwnerDiedException if acquired from a holder that died
     */
    boolean tryLock(Duration timeout) throws InterruptedException;

    @Override
    default boolean tryLock(long time, TimeUnit unit) throws InterruptedException {
        return tryLock(Duration.of(time, unit.toChronoUnit()));
    }

    /**
     * Runs {@code action} holding the lock.
     *
     * @param action what to run
     * @throws LockOwnerDiedException if the previous holder died; the lock is released before it is
     *         thrown, and {@code action} did not run
     */
    default void withLock(Runnable action) {
        withLock(() -> {
            action.run();
            return null;
        });
    }

    /**
     * @param <T> the result type
     * @param action what to compute holding the lock
     * @return its result
     * @throws LockOwnerDiedException if the previous holder died; the lock is released before it is
     *         thrown, and {@code action} did not run
     */
    default <T> T withLock(Supplier<T> action) {
        try {
            lock();
        } catch (LockOwnerDiedException e) {
            unlock();
            throw e;
        }
        try {
            return action.get();
        } finally {
            unlock();
        }
    }

    /** @return true if some thread of some process holds the lock */
    boolean isLocked();

    /** @return true if the calling thread holds the lock */
    boolean isHeldByCurrentThread();

    /** @return the pid of the process holding the lock, or -1 if it is free */
    long ownerPid();

    /** @return a new condition bound to this lock, shared like the lock */
    @Override
    Condition newCondition();
}
