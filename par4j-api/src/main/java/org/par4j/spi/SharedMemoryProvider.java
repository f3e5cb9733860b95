package org.par4j.spi;

import java.util.ServiceLoader;
import org.par4j.Barrier;
import org.par4j.Condition;
import org.par4j.Event;
import org.par4j.Lock;
import org.par4j.RLock;
import org.par4j.Semaphore;
import org.par4j.SharedByteArray;
import org.par4j.SharedDouble;
import org.par4j.SharedDoubleArray;
import org.par4j.SharedInt;
import org.par4j.SharedIntArray;
import org.par4j.SharedLong;
import org.par4j.SharedLongArray;
import org.par4j.SharedMemory;

/**
 * What an implementation provides for shared memory and cross-process synchronisation; found with
 * {@link ServiceLoader}. Kept apart from {@link Par4jRuntime} so that pools and shared memory can be
 * implemented (and replaced) separately. The factories of {@code org.par4j} delegate here.
 */
public interface SharedMemoryProvider {

    /**
     * @param name the segment's name, or null for a fresh unique one
     * @param size payload bytes
     * @return a new segment
     */
    SharedMemory createMemory(String name, long size);

    /**
     * @param name an existing segment's name
     * @return it, mapped into this process
     */
    SharedMemory attachMemory(String name);

    /** @return a new non-reentrant lock */
    Lock newLock();

    /** @return a new reentrant lock */
    RLock newRLock();

    /**
     * @param permits initial permits
     * @param bounded true if releasing above {@code permits} is an error
     * @return a new semaphore
     */
    Semaphore newSemaphore(int permits, boolean bounded);

    /** @return a new event, initially clear */
    Event newEvent();

    /**
     * @param lock the lock the condition is bound to (an implementation's own)
     * @return a new condition
     */
    Condition newCondition(Lock lock);

    /**
     * @param parties how many must arrive
     * @return a new barrier
     */
    Barrier newBarrier(int parties);

    /**
     * @param length elements
     * @param withLock true to give it a lock
     * @return a zero-filled array
     */
    SharedIntArray newIntArray(long length, boolean withLock);

    /**
     * @param length elements
     * @param withLock true to give it a lock
     * @return a zero-filled array
     */
    SharedLongArray newLongArray(long length, boolean withLock);

    /**
     * @param length elements
     * @param withLock true to give it a lock
     * @return a zero-filled array
     */
    SharedDoubleArray newDoubleArray(long length, boolean withLock);

    /**
     * @param length elements
     * @param withLock true to give it a lock
     * @return a zero-filled array
     */
    SharedByteArray newByteArray(long length, boolean withLock);

    /**
     * @param initial its value
     * @param withLock true to give it a lock
     * @return a new shared value
     */
    SharedInt newInt(int initial, boolean withLock);

    /**
     * @param initial its value
     * @param withLock true to give it a lock
     * @return a new shared value
     */
    SharedLong newLong(long initial, boolean withLock);

    /**
     * @param initial its value
     * @param withLock true to give it a lock
     * @return a new shared value
     */
    SharedDouble newDouble(double initial, boolean withLock);

    /**
     * @return the provider on the class path
     * @throws IllegalStateException if none is there
     */
    static SharedMemoryProvider get() {
        return Holder.INSTANCE;
    }

    /** Loads the provider once, on first use. */
    final class Holder {
        private static final SharedMemoryProvider INSTANCE = ServiceLoader.load(SharedMemoryProvider.class)
                .findFirst().orElseThrow(() -> new IllegalStateException(
                        "no par4j shared-memory provider on the class path: add par4j-runtime next to par4j-api"));

        private Holder() {
        }
    }
}
