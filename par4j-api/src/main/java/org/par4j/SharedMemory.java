package org.par4j;

import java.io.Serializable;
import java.lang.foreign.MemorySegment;
import org.par4j.spi.SharedMemoryProvider;

/**
 * A named block of shared memory: Python's {@code multiprocessing.shared_memory.SharedMemory}, seen as
 * a {@link MemorySegment}. It lives in {@code /dev/shm} (file {@code par4j-<name>}); any process of the
 * program can {@link #attach} it by name, or receive this small serializable handle in a lambda and
 * use it directly.
 *
 * <pre>{@code
 * try (SharedMemory shm = SharedMemory.create(1 << 20)) {
 *     shm.segment().set(ValueLayout.JAVA_LONG, 0, 42L);
 *     new JvmProcess(() -> System.out.println(shm.segment().get(ValueLayout.JAVA_LONG, 0))).start().join();
 * }
 * }</pre>
 *
 * <p><b>Lifetime.</b> {@link #close()} unmaps it in this process; {@link #unlink()} removes the name
 * now. Unlike Python's, a forgotten segment is never leaked: once every process that used it has
 * exited (even by {@code kill -9}), a tracker process removes it.
 *
 * <p>Plain accesses to the segment are not ordered between processes: publish with a {@link Lock},
 * an {@link Event}, a {@link Barrier}, or the segment's atomic {@code VarHandle} accesses.
 */
public interface SharedMemory extends AutoCloseable, Serializable {

    /**
     * @param size bytes (positive)
     * @return a new zero-filled segment with a fresh unique name
     */
    static SharedMemory create(long size) {
        return SharedMemoryProvider.get().createMemory(null, size);
    }

    /**
     * @param name letters, digits, '.', '_' or '-'
     * @param size bytes (positive)
     * @return a new zero-filled segment
     * @throws Par4jException if a segment of that name exists
     */
    static SharedMemory create(String name, long size) {
        return SharedMemoryProvider.get().createMemory(name, size);
    }

    /**
     * @param name the name a creator gave it
     * @return the segment, mapped into this process
     * @throws Par4jException if no segment has that name, or it is not a plain shared memory block
     */
    static SharedMemory attach(String name) {
        return SharedMemoryProvider.get().attachMemory(name);
    }

    /** @return its name (without the {@code par4j-} prefix of the file) */
    String name();

    /** @return its size in bytes */
    long size();

    /**
     * @return the memory, mapped into this process
     * @throws IllegalStateException after {@link #close()}
     */
    MemorySegment segment();

    /** Unmaps it in this process; other processes keep it. */
    @Override
    void close();

    /** Removes its name now: no one can attach it any more; mappings stay valid until closed. */
    void unlink();
}
