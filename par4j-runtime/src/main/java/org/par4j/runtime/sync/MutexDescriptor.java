package org.par4j.runtime.sync;

/**
 * Layout of a robust process-shared mutex, at some base offset of a segment's payload (a segment of
 * its own for {@code Lock}, the front of an array's segment for {@code Array(..., lock=True)}).
 *
 * <pre>
 *   0                   1                   2                   3
 *   0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 *  +-+-------------------------------------------------------------+
 *  |W|               Owner pid (0 = free)  (futex word)            |  0
 *  +-+-------------------------------------------------------------+
 *  |          Extra holds by the owner thread (RLock re-entries)   |  4
 *  +---------------------------------------------------------------+
 *  |              Owner thread id (within its process)             |  8
 *  +---------------------------------------------------------------+
 *  |      Last owner pid (64 bits, published after its start)      | 16
 *  +---------------------------------------------------------------+
 *  |              Last owner start ticks (64 bits)                 | 24
 *  +---------------------------------------------------------------+
 * </pre>
 *
 * W (bit 31) = some thread may sleep on the word: the unlocker must wake one. Linux pids fit in 22
 * bits. State machine of the word: 0 (free) -&gt; pid (held, no sleeper) -&gt; pid|W (held, maybe
 * sleepers) -&gt; 0 (unlock; wake if W was set); pid|W -&gt; me|W when the owner pid is dead (robust
 * recovery). Owner thread and holds are written only by the owner.
 */
final class MutexDescriptor {
    static final int WORD_OFFSET = 0;
    static final int HOLDS_OFFSET = 4;
    static final int OWNER_THREAD_OFFSET = 8;
    static final int OWNER_PID_OFFSET = 16;
    static final int OWNER_START_OFFSET = 24;
    static final int LENGTH = 32;
    static final int WAITERS = 0x8000_0000;

    private MutexDescriptor() {
    }
}
