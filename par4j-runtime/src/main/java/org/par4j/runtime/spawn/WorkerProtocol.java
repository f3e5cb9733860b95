package org.par4j.runtime.spawn;

/**
 * Message types on a worker's control channel; each frame starts with one of these bytes.
 *
 * <pre>
 * parent -&gt; worker
 *   RUN      target                                   run it, then exit (a JvmProcess)
 *   INIT     initializer-or-null                      become a pool worker
 *   CHUNK    callId i64 | chunk i32 | flags u8 [fn] | items (one Object[])
 *            flags: HAS_FUNCTION (fn follows), LONE (an apply: poll for the next request after answering)
 *   FORGET   callId i64                               drop the function of a finished call
 *   EXIT                                              flush and exit 0
 * worker -&gt; parent
 *   RESULT   callId i64 | chunk i32 | nanos i64 | results (one Object[])
 *   FAILURE  callId i64 | chunk i32 | nanos i64 | throwable
 * </pre>
 * Objects (functions, items, results, throwables) are written with {@code Codecs.objects()}.
 */
public final class WorkerProtocol {
    /** Run a task and exit. */
    public static final int RUN = 1;
    /** Start serving chunks, after running the initializer. */
    public static final int INIT = 2;
    /** Run a function on a chunk of items. */
    public static final int CHUNK = 3;
    /** CHUNK flag: the call's function follows (its first chunk on this worker). */
    public static final int HAS_FUNCTION = 1;
    /**
     * CHUNK flag: a lone task (apply, submit). A caller in a loop sends the next one right after the
     * answer, so the worker polls for it briefly instead of blocking; a map's chunks come pipelined.
     */
    public static final int LONE = 2;
    /** Forget a call's function. */
    public static final int FORGET = 4;
    /** Exit cleanly. */
    public static final int EXIT = 5;
    /** A chunk's results. */
    public static final int RESULT = 10;
    /** A chunk failed. */
    public static final int FAILURE = 11;

    private WorkerProtocol() {
    }
}
