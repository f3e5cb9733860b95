package org.par4j.runtime.shm;

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
import org.par4j.runtime.sync.SharedBarrier;
import org.par4j.runtime.sync.SharedCondition;
import org.par4j.runtime.sync.SharedEvent;
import org.par4j.runtime.sync.SharedMutex;
import org.par4j.runtime.sync.SharedSemaphore;
import org.par4j.spi.SharedMemoryProvider;

/** The single-host provider: everything in {@code /dev/shm}, synchronised with futexes. */
public final class ShmProvider implements SharedMemoryProvider {

    /** Called by {@link java.util.ServiceLoader}. */
    public ShmProvider() {
    }

    @Override
    public SharedMemory createMemory(String name, long size) {
        return ShmMemory.create(name, size);
    }

    @Override
    public SharedMemory attachMemory(String name) {
        return ShmMemory.attach(name);
    }

    @Override
    public Lock newLock() {
        return SharedMutex.create(false);
    }

    @Override
    public RLock newRLock() {
        return (RLock) SharedMutex.create(true);
    }

    @Override
    public Semaphore newSemaphore(int permits, boolean bounded) {
        return SharedSemaphore.create(permits, bounded);
    }

    @Override
    public Event newEvent() {
        return SharedEvent.create();
    }

    @Override
    public Condition newCondition(Lock lock) {
        return SharedCondition.create(lock);
    }

    @Override
    public Barrier newBarrier(int parties) {
        return SharedBarrier.create(parties);
    }

    @Override
    public SharedIntArray newIntArray(long length, boolean withLock) {
        return ShmIntArray.create(length, withLock);
    }

    @Override
    public SharedLongArray newLongArray(long length, boolean withLock) {
        return ShmLongArray.create(length, withLock);
    }

    @Override
    public SharedDoubleArray newDoubleArray(long length, boolean withLock) {
        return ShmDoubleArray.create(length, withLock);
    }

    @Override
    public SharedByteArray newByteArray(long length, boolean withLock) {
        return ShmByteArray.create(length, withLock);
    }

    @Override
    public SharedInt newInt(int initial, boolean withLock) {
        return ShmIntValue.create(initial, withLock);
    }

    @Override
    public SharedLong newLong(long initial, boolean withLock) {
        return ShmLongValue.create(initial, withLock);
    }

    @Override
    public SharedDouble newDouble(double initial, boolean withLock) {
        return ShmDoubleValue.create(initial, withLock);
    }
}
