package org.par4j.runtime.queue;

import static java.lang.foreign.ValueLayout.JAVA_INT;

import java.lang.foreign.MemorySegment;
import java.lang.invoke.VarHandle;
import org.par4j.ChannelClosedException;
import org.par4j.runtime.shm.Futex;
import org.par4j.runtime.shm.ProcessIdentity;

/**
 * A process-shared lock that serialises one side of a queue's ring: word 0 holds the owner's pid (0
 * when free), word 1 counts sleepers, word 2 is 1 while the owner is moving a message's bytes. A
 * waiter whose futex slice runs out checks that the owner still runs. An owner that died while only
 * waiting (for an item, or for room) left the ring intact: the waiter takes the lock over. One that
 * died mid-message left the ring half-written: the queue is broken and the waiter gets
 * {@link ChannelClosedException} naming it.
 */
final class RingLock {
    static final long BYTES = 12;
    private static final long BUSY = 8;
    private static final VarHandle INT = JAVA_INT.varHandle();
    private static final int SPINS = 256;

    private final MemorySegment words;
    private final String side;

    /**
     * @param words 8 bytes of a shared mapping
     * @param side "put" or "get", for messages
     */
    RingLock(MemorySegment words, String side) {
        this.words = words;
        this.side = side;
    }

    /**
     * @param wait the caller's deadline
     */
    void lock(RingWait wait) {
        int me = (int) ProcessIdentity.current().pid();
        for (int i = 0; ; i++) {
            int owner = (int) INT.getVolatile(words, 0L);
            if (owner == 0) {
                if (INT.compareAndSet(words, 0L, 0, me)) {
                    return;
                }
                continue;
            }
            if (i < SPINS) {
                Thread.onSpinWait();
                continue;
            }
            Futex.WaitResult r;
            INT.getAndAdd(words, 4L, 1);
            try {
                long slice = wait.nextSlice();
                if (slice <= 0) {
                    throw wait.timedOut();
                }
                r = Futex.await(words, 0L, owner, slice);
            } finally {
                INT.getAndAdd(words, 4L, -1);
            }
            if (r == Futex.WaitResult.TIMED_OUT && takeOverFromDead(owner, me)) {
                return;
            }
        }
    }

    /** Marks the start of a message's bytes: from here the owner's death breaks the ring. */
    void busy() {
        INT.setVolatile(words, BUSY, 1);
    }

    void unlock() {
        INT.setVolatile(words, BUSY, 0);
        INT.setVolatile(words, 0L, 0);
        if ((int) INT.getVolatile(words, 4L) != 0) {
            Futex.wake(words, 0L, 1);
        }
    }

    /** Throws if the lock is held by a process that no longer runs. */
    void checkOwnerAlive() {
        int owner = (int) INT.getVolatile(words, 0L);
        if (owner != 0) {
            checkOwnerAlive(owner);
        }
    }

    /** @return true if {@code owner} died between messages and this process now holds the lock */
    private boolean takeOverFromDead(int owner, int me) {
        checkOwnerAlive(owner);
        if (owner != me && !new ProcessIdentity(owner, 0).isAlive()) {
            return INT.compareAndSet(words, 0L, owner, me);
        }
        return false;
    }

    private void checkOwnerAlive(int owner) {
        if (owner != ProcessIdentity.current().pid() && (int) INT.getVolatile(words, BUSY) != 0
                && !new ProcessIdentity(owner, 0).isAlive()) {
            throw new ChannelClosedException("process " + owner + " died in the middle of a " + side
                    + " and left the queue half-written: the queue is broken", owner);
        }
    }
}
