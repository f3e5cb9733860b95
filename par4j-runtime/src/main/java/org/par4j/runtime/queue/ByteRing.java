package org.par4j.runtime.queue;

import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.VarHandle;
import org.par4j.runtime.shm.Futex;

/**
 * A single-producer, single-consumer ring of bytes in shared memory that carries length-prefixed
 * messages of any length (64-bit): a message larger than the ring streams through it, the reader
 * copying out while the writer copies in. Bytes are copied once on each side, straight between the
 * caller's memory and the ring.
 *
 * <pre>
 *   0      head: bytes published by the writer (i64, own cache line)
 *   64     tail: bytes released by the reader (i64, own cache line)
 *   128    data futex word (i32) | data sleepers (i32)
 *   192    space futex word (i32) | space sleepers (i32)
 *   256    data (capacity bytes, a power of two)
 * </pre>
 *
 * A message is its length (i64, little-endian, 8-aligned) then its bytes, padded to 8. The writer
 * stores {@code head} with volatile semantics and then reads the sleeper count; a sleeper counts
 * itself and then re-reads {@code head} before sleeping on the futex word: one of the two always sees
 * the other, so no wake-up is lost. Waiters spin for {@code par4j.ipc.spinMicros} before sleeping.
 *
 * <p>Not thread-safe: one writer and one reader at a time (a queue serialises each side with a lock).
 */
final class ByteRing {
    static final long HEADER = 256;
    private static final long HEAD = 0;
    private static final long TAIL = 64;
    private static final long DATA_SEQ = 128;
    private static final long DATA_SLEEPERS = 132;
    private static final long SPACE_SEQ = 192;
    private static final long SPACE_SLEEPERS = 196;
    /** Publish progress at least this often inside a large message, so the reader starts early. */
    private static final int YIELD_AFTER = 1024;
    /*
     * 64 KiB: the reader copies one piece out while the writer copies the next in. Pipe bandwidth at
     * 1 MiB on the 2-core VM: 12.5 GB/s with 256 KiB pieces, 16-18 with 128 KiB, 42-51 with 64 KiB
     * (the same with 32 KiB).
     */
    private static final long PUBLISH_CHUNK = 64 * 1024;
    private static final ValueLayout.OfLong LENGTH = JAVA_LONG.withOrder(java.nio.ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LONG = JAVA_LONG.varHandle();
    private static final VarHandle INT = JAVA_INT.varHandle();

    private final MemorySegment ctl;
    private final MemorySegment data;
    private final long capacity;
    private final long mask;

    /** @param region {@link #regionBytes} bytes of a shared mapping, 64-byte aligned */
    ByteRing(MemorySegment region) {
        this.ctl = region.asSlice(0, HEADER);
        this.data = region.asSlice(HEADER);
        this.capacity = data.byteSize();
        this.mask = capacity - 1;
        if (Long.bitCount(capacity) != 1) {
            throw new IllegalArgumentException("ring capacity must be a power of two, not " + capacity);
        }
    }

    /**
     * @param capacity data bytes, a power of two
     * @return bytes the ring occupies
     */
    static long regionBytes(long capacity) {
        return HEADER + capacity;
    }

    /** @return true if at least one byte is published and unread */
    boolean hasData() {
        return (long) LONG.getVolatile(ctl, TAIL) != (long) LONG.getVolatile(ctl, HEAD);
    }

    /** @return bytes published and not yet released */
    long usedBytes() {
        return (long) LONG.getVolatile(ctl, HEAD) - (long) LONG.getVolatile(ctl, TAIL);
    }

    // ---- writer side ----

    /**
     * Writes one message: its length, then {@code len} bytes of {@code src} from {@code offset}.
     *
     * @param src heap or native memory
     * @param offset first byte
     * @param len bytes (any non-negative 64-bit count)
     * @param wait what to check while the ring is full
     */
    void write(MemorySegment src, long offset, long len, RingWait wait) {
        write(src.asSlice(offset, len), null, wait);
    }

    /**
     * Writes one message made of two pieces: its length, then {@code first}'s bytes, then {@code second}'s.
     *
     * @param first heap or native memory
     * @param second more of it, or null
     * @param wait what to check while the ring is full
     */
    void write(MemorySegment first, MemorySegment second, RingWait wait) {
        long len = first.byteSize() + (second == null ? 0 : second.byteSize());
        long h = (long) LONG.getVolatile(ctl, HEAD);
        long t = (long) LONG.getVolatile(ctl, TAIL);
        if (capacity - (h - t) < Long.BYTES) {
            t = awaitSpace(h, Long.BYTES, wait);
        }
        data.set(LENGTH, h & mask, len);
        h += Long.BYTES;
        long published = h - Long.BYTES;
        for (MemorySegment src = first; src != null; src = src == first ? second : null) {
            long size = src.byteSize();
            long done = 0;
            while (done < size) {
                long free = capacity - (h - t);
                if (free <= 0) {
                    t = (long) LONG.getVolatile(ctl, TAIL);
                    free = capacity - (h - t);
                    if (free <= 0) {
                        publish(h);
                        published = h;
                        t = awaitSpace(h, 1, wait);
                        free = capacity - (h - t);
                    }
                }
                long at = h & mask;
                long n = Math.min(Math.min(size - done, free), Math.min(capacity - at, PUBLISH_CHUNK));
                MemorySegment.copy(src, done, data, at, n);
                h += n;
                done += n;
                if (h - published >= PUBLISH_CHUNK) {
                    publish(h);
                    published = h;
                }
            }
        }
        publish(align(h));
    }

    private void publish(long h) {
        LONG.setVolatile(ctl, HEAD, h);
        if ((int) INT.getVolatile(ctl, DATA_SLEEPERS) != 0) {
            INT.getAndAdd(ctl, DATA_SEQ, 1);
            Futex.wake(ctl, DATA_SEQ, Integer.MAX_VALUE);
        }
    }

    private long awaitSpace(long h, long need, RingWait wait) {
        return awaitWord(TAIL, h - capacity + need, SPACE_SEQ, SPACE_SLEEPERS, wait);
    }

    // ---- reader side ----

    /**
     * Waits for the next message and returns its length without consuming anything.
     *
     * @param wait what to check while the ring is empty
     * @return the length of the message at the tail
     */
    long peekLength(RingWait wait) {
        long t = (long) LONG.getVolatile(ctl, TAIL);
        long h = (long) LONG.getAcquire(ctl, HEAD);
        if (h - t < Long.BYTES) {
            awaitData(t + Long.BYTES, wait);
        }
        return data.get(LENGTH, t & mask);
    }

    /**
     * Copies the first {@code n} bytes of the message at the tail (after {@link #peekLength}) without
     * consuming anything, waiting for them if they have not arrived.
     *
     * @param dst where they go, from index 0
     * @param n bytes, at most the message's length
     * @param wait what to check while they have not arrived
     */
    void peek(byte[] dst, int n, RingWait wait) {
        long t = (long) LONG.getVolatile(ctl, TAIL) + Long.BYTES;
        if ((long) LONG.getAcquire(ctl, HEAD) - t < n) {
            awaitData(t + n, wait);
        }
        MemorySegment to = MemorySegment.ofArray(dst);
        long at = t & mask;
        long first = Math.min(n, capacity - at);
        MemorySegment.copy(data, at, to, 0, first);
        MemorySegment.copy(data, 0, to, first, n - first);
    }

    /**
     * Reads the message at the tail (after {@link #peekLength}) into {@code dst}.
     *
     * @param dst where its bytes go: at least {@code len} bytes from {@code offset}
     * @param offset first byte of {@code dst}
     * @param len the length {@link #peekLength} returned
     * @param wait what to check while the rest of the message has not arrived
     */
    void read(MemorySegment dst, long offset, long len, RingWait wait) {
        read(dst, offset, len, 0, wait);
    }

    /**
     * Consumes the message at the tail (after {@link #peekLength}), copying all but its first
     * {@code skip} bytes (already {@link #peek peeked}) into {@code dst}.
     *
     * @param dst where its bytes go: at least {@code len - skip} bytes from {@code offset}
     * @param offset first byte of {@code dst}
     * @param len the length {@link #peekLength} returned
     * @param skip leading bytes not to copy
     * @param wait what to check while the rest of the message has not arrived
     */
    void read(MemorySegment dst, long offset, long len, long skip, RingWait wait) {
        long released = (long) LONG.getVolatile(ctl, TAIL);
        long t = released + Long.BYTES + skip;
        long h = (long) LONG.getAcquire(ctl, HEAD);
        long done = skip;
        while (done < len) {
            if (h - t <= 0) {
                h = (long) LONG.getAcquire(ctl, HEAD);
                if (h - t <= 0) {
                    release(t);
                    released = t;
                    h = awaitData(t + 1, wait);
                }
            }
            long at = t & mask;
            long n = Math.min(Math.min(len - done, h - t), Math.min(capacity - at, PUBLISH_CHUNK));
            MemorySegment.copy(data, at, dst, offset + done - skip, n);
            t += n;
            done += n;
            if (t - released >= PUBLISH_CHUNK) {
                release(t);
                released = t;
            }
        }
        release(align(t));
    }

    private void release(long t) {
        LONG.setVolatile(ctl, TAIL, t);
        if ((int) INT.getVolatile(ctl, SPACE_SLEEPERS) != 0) {
            INT.getAndAdd(ctl, SPACE_SEQ, 1);
            Futex.wake(ctl, SPACE_SEQ, Integer.MAX_VALUE);
        }
    }

    private long awaitData(long needHead, RingWait wait) {
        return awaitWord(HEAD, needHead, DATA_SEQ, DATA_SLEEPERS, wait);
    }

    /** Wakes every sleeper on either side, so that it re-checks (after a close). */
    void wakeAll() {
        INT.getAndAdd(ctl, DATA_SEQ, 1);
        Futex.wake(ctl, DATA_SEQ, Integer.MAX_VALUE);
        INT.getAndAdd(ctl, SPACE_SEQ, 1);
        Futex.wake(ctl, SPACE_SEQ, Integer.MAX_VALUE);
    }

    /** Spins, then sleeps in slices, until the counter at {@code word} reaches {@code atLeast}. */
    private long awaitWord(long word, long atLeast, long seqOffset, long sleepersOffset, RingWait wait) {
        long spinEnd = System.nanoTime() + IpcProperties.SPIN_NANOS;
        for (int i = 1; ; i++) {
            long v = (long) LONG.getAcquire(ctl, word);
            if (v - atLeast >= 0) {
                return v;
            }
            if ((i & 63) != 0 || System.nanoTime() - spinEnd < 0) {
                // Past the first few spins, yield: on an oversubscribed machine the peer may be
                // waiting for this very CPU, and a pure spin would burn the slice it needs.
                if (i < YIELD_AFTER) {
                    Thread.onSpinWait();
                } else {
                    Thread.yield();
                }
                continue;
            }
            wait.checkPeers(false);
            int seq = (int) INT.getVolatile(ctl, seqOffset);
            INT.getAndAdd(ctl, sleepersOffset, 1);
            Futex.WaitResult r;
            try {
                v = (long) LONG.getVolatile(ctl, word);
                if (v - atLeast >= 0) {
                    return v;
                }
                long slice = wait.nextSlice();
                if (slice <= 0) {
                    throw wait.timedOut();
                }
                r = Futex.await(ctl, seqOffset, seq, slice);
            } finally {
                INT.getAndAdd(ctl, sleepersOffset, -1);
            }
            wait.checkPeers(r == Futex.WaitResult.TIMED_OUT);
        }
    }

    private static long align(long position) {
        return (position + 7) & ~7L;
    }
}
