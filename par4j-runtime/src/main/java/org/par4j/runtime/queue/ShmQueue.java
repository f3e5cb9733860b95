package org.par4j.runtime.queue;

import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.MemorySegment;
import java.lang.invoke.VarHandle;
import java.time.Duration;
import java.util.List;
import org.par4j.ChannelClosedException;
import org.par4j.Queue;
import org.par4j.QueueEmptyException;
import org.par4j.QueueFullException;
import org.par4j.runtime.shm.AttachedSegments;
import org.par4j.runtime.shm.Futex;
import org.par4j.runtime.shm.ProcessIdentity;
import org.par4j.runtime.shm.SegmentLayout;
import org.par4j.runtime.shm.ShmHandle;
import org.par4j.runtime.shm.ShmSegment;

/**
 * A many-producer, many-consumer {@link Queue} in shared memory: one {@link ByteRing}, with a
 * {@link RingLock} per side so that one producer and one consumer work at a time, each message
 * written and read whole. Producers and consumers never wait for each other except when the queue is
 * empty or full.
 *
 * <pre>
 *   0     producer lock (owner pid, sleepers)
 *   64    consumer lock (owner pid, sleepers)
 *   128   items (i64) | bound (i64, 0 = none)
 *   192   "not full" futex word (i32) | sleepers (i32)
 *   256   unfinished tasks (i32, futex word; joinable queues) | sleepers (i32)
 *   320   processes that used the queue: 32 slots of (pid, start ticks)
 *   832   the ring
 * </pre>
 *
 * Items are counted before they are written, so {@link #size()} may count one in flight.
 *
 * @param <T> the element type
 */
public class ShmQueue<T> extends ShmHandle implements Queue<T> {
    private static final long serialVersionUID = 1L;
    static final VarHandle INT = JAVA_INT.varHandle();
    private static final VarHandle LONG = JAVA_LONG.varHandle();
    private static final long PRODUCER_LOCK = 0;
    private static final long CONSUMER_LOCK = 64;
    private static final long ITEMS = 128;
    private static final long BOUND = 136;
    private static final long NOT_FULL_SEQ = 192;
    private static final long NOT_FULL_SLEEPERS = 196;
    static final long UNFINISHED = 256;
    static final long UNFINISHED_SLEEPERS = 260;
    private static final long USERS = 320;
    private static final int USER_SLOTS = 32;
    private static final long RING = USERS + USER_SLOTS * ProcessSlots.SLOT_BYTES;

    private final long ringCapacity;
    private transient volatile Parts parts;
    private transient volatile boolean closedHere;

    /** This process's views of the segment. */
    record Parts(MemorySegment payload, ByteRing ring, RingLock producers, RingLock consumers, ProcessSlots users) {
    }

    /**
     * @param segment a fresh segment of {@link #payloadBytes} bytes
     * @param ringCapacity the ring's data bytes
     */
    ShmQueue(ShmSegment segment, long ringCapacity) {
        super(segment, SegmentLayout.QUEUE);
        this.ringCapacity = ringCapacity;
    }

    /**
     * @param <T> the element type
     * @param maxSize the bound, 0 or less for none
     * @param joinable true for a joinable queue
     * @return a new queue
     */
    public static <T> ShmQueue<T> create(int maxSize, boolean joinable) {
        long cap = IpcProperties.RING_BYTES;
        ShmSegment s = AttachedSegments.create(SegmentLayout.QUEUE, RING + ByteRing.regionBytes(cap));
        LONG.setVolatile(s.payload(), BOUND, (long) Math.max(0, maxSize));
        return joinable ? new ShmJoinableQueue<>(s, cap) : new ShmQueue<>(s, cap);
    }

    /** @return this process's views, made on first use (which also records this process as a user) */
    final Parts parts() {
        if (closedHere) {
            throw new IllegalStateException("this queue handle is closed");
        }
        Parts p = parts;
        return p != null ? p : attachParts();
    }

    private synchronized Parts attachParts() {
        if (parts != null) {
            return parts;
        }
        MemorySegment m = payload();
        ProcessSlots users = new ProcessSlots(m.asSlice(USERS, USER_SLOTS * ProcessSlots.SLOT_BYTES), USER_SLOTS);
        users.add(ProcessIdentity.current());
        Parts p = new Parts(m, new ByteRing(m.asSlice(RING, ByteRing.regionBytes(ringCapacity))),
                new RingLock(m.asSlice(PRODUCER_LOCK, RingLock.BYTES), "put"),
                new RingLock(m.asSlice(CONSUMER_LOCK, RingLock.BYTES), "get"), users);
        parts = p;
        return p;
    }

    @Override
    public void put(T item) {
        put(item, null);
    }

    @Override
    public void put(T item, Duration timeout) {
        Parts p = parts();
        MessageBuffers message = MessageBuffers.get().encode(item);
        p.producers.lock(new UsersWait(p, timeout, false));
        try {
            long bound = (long) LONG.getVolatile(p.payload, BOUND);
            if (bound > 0) {
                awaitNotFull(p, bound, new UsersWait(p, timeout, false));
            }
            p.producers.busy();
            LONG.getAndAdd(p.payload, ITEMS, 1L);
            beforeWrite(p);
            // Once a message has begun it must end: the ring wait has no deadline.
            message.write(p.ring, new UsersWait(p, null, false));
        } finally {
            p.producers.unlock();
        }
    }

    /** Hook for joinable queues: runs under the producer lock, before the item is written. */
    void beforeWrite(Parts p) {
    }

    private void awaitNotFull(Parts p, long bound, UsersWait wait) {
        while ((long) LONG.getVolatile(p.payload, ITEMS) >= bound) {
            int seq = (int) INT.getVolatile(p.payload, NOT_FULL_SEQ);
            INT.getAndAdd(p.payload, NOT_FULL_SLEEPERS, 1);
            Futex.WaitResult r;
            try {
                if ((long) LONG.getVolatile(p.payload, ITEMS) < bound) {
                    return;
                }
                long slice = wait.nextSlice();
                if (slice <= 0) {
                    throw wait.timedOut();
                }
                r = Futex.await(p.payload, NOT_FULL_SEQ, seq, slice);
            } finally {
                INT.getAndAdd(p.payload, NOT_FULL_SLEEPERS, -1);
            }
            wait.checkPeers(r == Futex.WaitResult.TIMED_OUT);
        }
    }

    @Override
    public T get() {
        return get(null);
    }

    @Override
    @SuppressWarnings("unchecked")
    public T get(Duration timeout) {
        Parts p = parts();
        UsersWait wait = new UsersWait(p, timeout, true);
        p.consumers.lock(wait);
        MessageBuffers buffers = MessageBuffers.get();
        Object value;
        try {
            long len = p.ring.peekLength(wait);
            p.consumers.busy();
            Object received = buffers.receive(p.ring, len, new UsersWait(p, null, true));
            LONG.getAndAdd(p.payload, ITEMS, -1L);
            if ((int) INT.getVolatile(p.payload, NOT_FULL_SLEEPERS) != 0) {
                INT.getAndAdd(p.payload, NOT_FULL_SEQ, 1);
                Futex.wake(p.payload, NOT_FULL_SEQ, Integer.MAX_VALUE);
            }
            value = buffers.value(received);
        } finally {
            p.consumers.unlock();
        }
        return (T) value;
    }

    @Override
    public int size() {
        return (int) Math.min(Integer.MAX_VALUE, Math.max(0, (long) LONG.getVolatile(parts().payload, ITEMS)));
    }

    @Override
    public boolean isEmpty() {
        return !parts().ring.hasData();
    }

    @Override
    public boolean isFull() {
        int bound = maxSize();
        return bound > 0 && size() >= bound;
    }

    @Override
    public int maxSize() {
        return (int) (long) LONG.getVolatile(parts().payload, BOUND);
    }

    @Override
    public void close() {
        closedHere = true;
    }

    @Override
    public String toString() {
        return "Queue " + segmentName();
    }

    /** A wait that ends when every other user of the queue has died, or the queue is broken. */
    final class UsersWait extends RingWait {
        private final Parts p;
        private final boolean getting;

        UsersWait(Parts p, Duration timeout, boolean getting) {
            super(timeout);
            this.p = p;
            this.getting = getting;
        }

        @Override
        void checkPeers(boolean sliceRanOut) {
            if (closedHere) {
                throw new ChannelClosedException("this queue handle was closed while waiting", -1);
            }
            if (!sliceRanOut) {
                return;
            }
            (getting ? p.producers : p.consumers).checkOwnerAlive();
            if (getting && p.ring.hasData()) {
                return;
            }
            List<Long> dead = p.users.othersIfAllDead(ProcessIdentity.current());
            if (!dead.isEmpty()) {
                throw new ChannelClosedException((getting ? "the queue is empty" : "the queue is full")
                        + " and every other process that used it has died: " + dead, dead.getFirst());
            }
        }

        @Override
        RuntimeException timedOut() {
            return getting ? new QueueEmptyException("no item came within the timeout")
                    : new QueueFullException("no room in the queue (bound " + maxSize() + ") within the timeout");
        }
    }
}
