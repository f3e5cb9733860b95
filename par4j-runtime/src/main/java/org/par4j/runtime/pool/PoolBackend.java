package org.par4j.runtime.pool;

/**
 * How a pool runs chunks: the one thing that differs between threads and worker JVMs. Workers take
 * chunks from the pool's queue ({@link LocalPool#takeChunk()}) and report each outcome with
 * {@link LocalPool#succeeded} or {@link LocalPool#failed}.
 */
interface PoolBackend {

    /** @return true if chunks must carry their items (and calls their function) encoded */
    boolean encodes();

    /** Starts the workers; returns once all can take chunks. */
    void start();

    /**
     * Graceful end: the queue is empty and no chunk is outstanding; every worker exits, then the
     * backend calls {@link LocalPool#workersGone()}.
     */
    void stop();

    /** Ends every worker now; chunks they hold fail with a cancellation; then {@link LocalPool#workersGone()}. */
    void kill();

    /**
     * Runs a lone chunk on an idle worker straight from the caller's thread, if there is one.
     *
     * @param chunk the chunk, already counted as outstanding
     * @return true if taken; false to queue it
     */
    default boolean trySendDirect(Chunk chunk) {
        return false;
    }

    /**
     * @return true if results reach the pool through a thread asleep in a system call (a worker JVM's
     *         reader), so that a caller waiting for one should yield its CPU (see {@link BriefSpin})
     */
    default boolean resultsWakeAThread() {
        return false;
    }

    /** @param callId a finished call whose function workers may drop */
    void forget(long callId);
}
