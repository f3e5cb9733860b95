package org.par4j.transport.shm;

import static org.par4j.transport.shm.SpscRingDescriptor.CAPACITY_OFFSET;
import static org.par4j.transport.shm.SpscRingDescriptor.DATA_OFFSET;
import static org.par4j.transport.shm.SpscRingDescriptor.HEAD_OFFSET;
import static org.par4j.transport.shm.SpscRingDescriptor.MAGIC;
import static org.par4j.transport.shm.SpscRingDescriptor.MAGIC_OFFSET;
import static org.par4j.transport.shm.SpscRingDescriptor.PID_OFFSET;
import static org.par4j.transport.shm.SpscRingDescriptor.START_OFFSET;
import static org.par4j.transport.shm.SpscRingDescriptor.TAIL_OFFSET;
import static org.par4j.transport.shm.SpscRingDescriptor.VERSION;
import static org.par4j.transport.shm.SpscRingDescriptor.VERSION_OFFSET;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.VarHandle;

/**
 * A lock-free single-producer single-consumer byte ring over a {@link MemorySegment} laid out by
 * {@link SpscRingDescriptor}. The producer copies bytes in, then publishes them with a release store of
 * {@code tail}; the consumer sees them after an acquire load of {@code tail}, copies them out, and frees
 * the space with a release store of {@code head}. Each side caches the other's counter and re-reads it
 * only when the cached value says the ring is full (producer) or empty (consumer). At most one copy per
 * side. A partial transfer (less than asked for) happens only in pieces of at least capacity / 8: moving
 * a few bytes at a time would bounce the counters' cache lines between the cores for every few bytes
 * of a message larger than the ring. One side waits only while the
 * other can move at least that much, so neither can stall the other. Not thread-safe beyond one
 * producer thread and one consumer thread.
 */
public final class SpscByteRing {
    private static final VarHandle LONG = ValueLayout.JAVA_LONG.varHandle();
    private final MemorySegment seg;
    private final MemorySegment data;
    private final long capacity;
    private final long mask;
    private final long minChunk;
    private long localTail;
    private long cachedHead;
    private long localHead;
    private long cachedTail;

    private SpscByteRing(MemorySegment seg) {
        this.seg = seg;
        this.capacity = seg.get(ValueLayout.JAVA_LONG, CAPACITY_OFFSET);
        this.mask = capacity - 1;
        this.minChunk = capacity / 8;
        this.data = seg.asSlice(DATA_OFFSET, capacity);
        this.localTail = tailAcquire();
        this.cachedHead = headAcquire();
        this.localHead = cachedHead;
        this.cachedTail = localTail;
    }

    /**
     * Writes a fresh header into {@code seg} and returns the ring over it.
     *
     * @param seg {@link SpscRingDescriptor#fileSize} bytes, zeroed
     * @param capacity data bytes, a power of two
     * @return the ring
     */
    public static SpscByteRing format(MemorySegment seg, long capacity) {
        if (Long.bitCount(capacity) != 1) {
            throw new IllegalArgumentException("ring capacity must be a power of two, got " + capacity);
        }
        seg.set(ValueLayout.JAVA_LONG, VERSION_OFFSET, VERSION);
        seg.set(ValueLayout.JAVA_LONG, CAPACITY_OFFSET, capacity);
        seg.set(ValueLayout.JAVA_LONG, PID_OFFSET, ProcessHandle.current().pid());
        seg.set(ValueLayout.JAVA_LONG, START_OFFSET, System.currentTimeMillis());
        LONG.setRelease(seg, TAIL_OFFSET, 0L);
        LONG.setRelease(seg, HEAD_OFFSET, 0L);
        LONG.setRelease(seg, MAGIC_OFFSET, MAGIC);
        return new SpscByteRing(seg);
    }

    /**
     * @param seg a segment {@link #format} has written
     * @return the ring over it
     */
    public static SpscByteRing attach(MemorySegment seg) {
        long magic = (long) LONG.getAcquire(seg, MAGIC_OFFSET);
        if (magic != MAGIC || seg.get(ValueLayout.JAVA_LONG, VERSION_OFFSET) != VERSION) {
            throw new IllegalStateException("not a par4j ring (version " + VERSION + "): magic " + Long.toHexString(magic));
        }
        return new SpscByteRing(seg);
    }

    /** @return data bytes */
    public long capacity() {
        return capacity;
    }

    /**
     * Producer side: copies what fits of {@code src[offset, offset + length)} and publishes it.
     *
     * @param src the bytes
     * @param offset first byte
     * @param length bytes wanted
     * @return bytes written
     */
    public long write(MemorySegment src, long offset, long length) {
        long free = free(length);
        // at most minChunk a write, so the consumer copies one piece out while the next goes in
        long n = Math.min(Math.min(free, length), minChunk);
        if (n == 0 || n < length && n < minChunk) {
            return 0;
        }
        long at = localTail & mask;
        long first = Math.min(n, capacity - at);
        MemorySegment.copy(src, offset, data, at, first);
        if (first < n) {
            MemorySegment.copy(src, offset + first, data, 0, n - first);
        }
        publish(n); // free(length) above already counted the room
        return n;
    }

    /**
     * Consumer side: copies up to {@code length} published bytes out and frees their space.
     *
     * @param dst where they go
     * @param offset first byte of {@code dst}
     * @param length room
     * @return bytes read
     */
    public long read(MemorySegment dst, long offset, long length) {
        long avail = available(length);
        long n = Math.min(avail, length);
        if (n == 0 || n < length && n < minChunk) {
            return 0;
        }
        long at = localHead & mask;
        long first = Math.min(n, capacity - at);
        MemorySegment.copy(data, at, dst, offset, first);
        if (first < n) {
            MemorySegment.copy(data, 0, dst, offset + first, n - first);
        }
        release(n); // available(length) above already counted the bytes
        return n;
    }

    /**
     * Producer side, zero-copy: where {@code n} free bytes lie in a row in {@link #data()}.
     *
     * @param n bytes wanted
     * @return their offset in {@link #data()}, or -1 if fewer are free or they would wrap around
     */
    public long writableInPlace(long n) {
        if (free(n) < n) {
            return -1;
        }
        long at = localTail & mask;
        return capacity - at >= n ? at : -1;
    }

    /**
     * Producer side: publishes {@code n} bytes written where {@link #writableInPlace} said.
     *
     * @param n bytes, at most the free bytes
     */
    public void commit(long n) {
        if (n < 0 || n > free(n)) {
            throw new IllegalArgumentException("cannot commit " + n + " bytes: " + free(0) + " are free");
        }
        publish(n);
    }

    /**
     * Consumer side, zero-copy: where {@code min} published bytes lie in a row in {@link #data()}.
     *
     * @param min bytes wanted
     * @return their offset in {@link #data()}, {@link org.par4j.transport.PeerLink#NOT_ARRIVED} if fewer
     *     are published, {@link org.par4j.transport.PeerLink#NOT_IN_PLACE} if they wrap around
     */
    public long arrivedInPlace(long min) {
        if (available(min) < min) {
            return org.par4j.transport.PeerLink.NOT_ARRIVED;
        }
        long at = localHead & mask;
        return capacity - at >= min ? at : org.par4j.transport.PeerLink.NOT_IN_PLACE;
    }

    /** @return the ring's data bytes, which {@link #arrivedInPlace} offsets point into */
    public MemorySegment data() {
        return data;
    }

    /**
     * Consumer side: frees {@code n} bytes that {@link #arrivedInPlace} showed.
     *
     * @param n bytes, at most the published bytes not yet read
     */
    public void consume(long n) {
        if (n < 0 || n > available(n)) {
            throw new IllegalArgumentException("cannot consume " + n + " bytes: " + available(0) + " have arrived");
        }
        release(n);
    }

    private void publish(long n) {
        localTail += n;
        LONG.setRelease(seg, TAIL_OFFSET, localTail);
    }

    private void release(long n) {
        localHead += n;
        LONG.setRelease(seg, HEAD_OFFSET, localHead);
    }

    /** @return free bytes; the consumer's counter is read again only when the cached one says fewer than {@code wanted} */
    private long free(long wanted) {
        if (capacity - (localTail - cachedHead) < wanted) {
            cachedHead = headAcquire();
        }
        return capacity - (localTail - cachedHead);
    }

    /** @return published unread bytes; the producer's counter is read again only when the cached one says fewer than {@code wanted} */
    private long available(long wanted) {
        if (cachedTail - localHead < wanted) {
            cachedTail = tailAcquire();
        }
        return cachedTail - localHead;
    }

    private long tailAcquire() {
        return (long) LONG.getAcquire(seg, TAIL_OFFSET);
    }

    private long headAcquire() {
        return (long) LONG.getAcquire(seg, HEAD_OFFSET);
    }
}
