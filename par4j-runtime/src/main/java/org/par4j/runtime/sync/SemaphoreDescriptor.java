package org.par4j.runtime.sync;

/**
 * Layout of a process-shared counting semaphore.
 *
 * <pre>
 *   0                   1                   2                   3
 *   0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 *  +---------------------------------------------------------------+
 *  |                 Permits available (futex word)                |  0
 *  +---------------------------------------------------------------+
 *  |                     Sleepers (maybe asleep)                   |  4
 *  +---------------------------------------------------------------+
 *  |             Largest permits (bounded), or -1 if none          |  8
 *  +---------------------------------------------------------------+
 *  |                           Reserved                            | 12
 *  +---------------------------------------------------------------+
 * </pre>
 *
 * A releaser wakes one sleeper only if the sleepers count is positive; a sleeper counts itself before
 * it sleeps on "permits == 0", so a release between its check and its sleep changes the word and the
 * futex returns at once.
 */
final class SemaphoreDescriptor {
    static final int PERMITS_OFFSET = 0;
    static final int SLEEPERS_OFFSET = 4;
    static final int MAX_OFFSET = 8;
    static final int LENGTH = 16;

    private SemaphoreDescriptor() {
    }
}
