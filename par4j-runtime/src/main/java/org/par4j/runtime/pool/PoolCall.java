package org.par4j.runtime.pool;

import java.util.function.Function;

/**
 * One call on a pool (a map, an imap, an apply): its function, shipped once per worker by id, and
 * what to do with each chunk's outcome. Outcomes arrive on worker threads (thread backend) or on
 * the reader threads of worker JVMs (process backend), in any order.
 */
abstract class PoolCall {
    final long id;
    final String kind;
    final Function<Object, Object> fn;
    /** The function encoded on the caller's thread; null for the thread backend. */
    final byte[] fnBytes;
    /**
     * A lone task (apply, submit): it completes with its one result, not a list, and its caller often
     * sends the next one right after the answer.
     */
    final boolean lone;

    PoolCall(long id, String kind, Function<Object, Object> fn, byte[] fnBytes) {
        this.id = id;
        this.kind = kind;
        this.fn = fn;
        this.fnBytes = fnBytes;
        this.lone = kind.equals("apply");
    }

    /**
     * @param chunk the chunk that ran
     * @param results its results, one per item
     */
    abstract void succeeded(Chunk chunk, Object[] results);

    /**
     * @param chunk the chunk that failed
     * @param error the exception to fail the call with
     */
    abstract void failed(Chunk chunk, Throwable error);

    /** @return true once the call has an outcome (or was cancelled): its queued chunks are skipped */
    abstract boolean isFinished();

    /** @return the call for messages, as "map(Squares$$Lambda/0x...)" */
    String describe() {
        Object target = fn instanceof TaskAdapters.Adapter a ? a.target() : fn;
        return kind + "(" + target.getClass().getName() + ")";
    }
}
