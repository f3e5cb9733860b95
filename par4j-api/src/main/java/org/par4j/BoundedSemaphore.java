package org.par4j;

import org.par4j.spi.SharedMemoryProvider;

/**
 * A {@link Semaphore} that refuses to be released above its initial count: Python's
 * {@code multiprocessing.BoundedSemaphore}. An extra {@link #release()} throws
 * {@link IllegalStateException} instead of silently adding a permit.
 *
 * <pre>{@code
 * BoundedSemaphore s = BoundedSemaphore.create(1);
 * s.acquire();
 * s.release();
 * s.release();   // IllegalStateException: released more often than acquired
 * }</pre>
 */
public interface BoundedSemaphore extends Semaphore {

    /**
     * @param permits initial and largest number of permits (not negative)
     * @return a new bounded semaphore
     */
    static BoundedSemaphore create(int permits) {
        return (BoundedSemaphore) SharedMemoryProvider.get().newSemaphore(permits, true);
    }

    /** @return the initial number of permits, which is also the largest */
    int maxPermits();
}
