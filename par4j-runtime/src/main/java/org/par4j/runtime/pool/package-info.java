/**
 * The runtime behind {@link org.par4j.Pool}: one implementation of every call for both backends.
 *
 * <h2>Shape</h2>
 * A call ({@code map}, {@code imap}, {@code apply}, {@code submit} ...) becomes a
 * {@link org.par4j.runtime.pool.PoolCall} cut into chunks; chunks go into the pool's queue; a
 * {@link org.par4j.runtime.pool.PoolBackend} runs them: threads of this JVM
 * ({@link org.par4j.runtime.pool.ThreadBackend}) or worker JVMs
 * ({@link org.par4j.runtime.pool.ProcessBackend}, one {@link org.par4j.runtime.pool.ProcessWorker}
 * each). Each chunk's outcome is reported exactly once ({@code Chunk.markDone}), by whoever gets there
 * first: the worker, the death of its JVM, or {@code terminate()}.
 *
 * <h2>Process backend</h2>
 * Functions and items are encoded on the caller's thread (errors at the call site). A function goes
 * to each worker once per call (with the call's first chunk there) and is forgotten when the call ends.
 * Each worker has a sender thread that keeps a window of chunks in flight, sized from the measured
 * time per chunk, so tiny chunks are not bound by the round trip, and writes several frames per
 * system call; a reader thread matches results in order. A lone {@code apply} is written by the
 * caller's thread to an idle worker. A worker that dies fails the chunks it held with
 * {@link org.par4j.WorkerDiedException} and is replaced.
 *
 * <h2>Memory consistency</h2>
 * Actions of a task happen-before the completion of its call's future (the result travels through the
 * reader thread, which completes the future).
 */
package org.par4j.runtime.pool;
