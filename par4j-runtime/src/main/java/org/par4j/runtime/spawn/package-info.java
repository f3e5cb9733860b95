/**
 * Starting worker JVMs and connecting them back, safely.
 *
 * <h2>How a worker starts</h2>
 * <ol>
 * <li>The parent registers the worker with its {@link org.par4j.runtime.spawn.WorkerRendezvous} (one
 *     Unix-domain socket per parent JVM, in a private 0700 directory) and gets an id and a one-time
 *     secret.</li>
 * <li>{@link org.par4j.runtime.spawn.LocalWorkerJvm} starts {@code java} from this JVM's
 *     {@code java.home} with this JVM's class path and {@link org.par4j.runtime.spawn.JvmCommand}'s
 *     flags, the AOT cache when there is one ({@link org.par4j.runtime.spawn.AotCache}), and the pool's
 *     JVM options. The socket, id, secret and parent pid travel in the environment, never on the
 *     command line.</li>
 * <li>{@link org.par4j.runtime.spawn.WorkerMain} connects and both sides run the mutual HMAC-SHA256
 *     {@link org.par4j.runtime.wire.Handshake}; only then does either side read a frame.</li>
 * <li>The first frame says what the worker is: RUN (a {@link org.par4j.JvmProcess}) or INIT (a pool
 *     worker, {@link org.par4j.runtime.spawn.PoolWorkerLoop}). See {@link org.par4j.runtime.spawn.WorkerProtocol}.</li>
 * </ol>
 *
 * <h2>No orphans</h2>
 * A worker halts at end of file on its control channel, and a watchdog thread halts it when its
 * parent pid changes (the parent died, even by {@code kill -9}, while the worker was busy). The first
 * orphan to notice removes the dead parent's socket directory.
 *
 * <h2>Output</h2>
 * Workers' standard output and error are pumped into the parent's, whole lines at a time under one
 * lock ({@link org.par4j.runtime.spawn.OutputPump}), and the last lines of standard error are kept as
 * the worker's last words for {@link org.par4j.WorkerDiedException}.
 */
package org.par4j.runtime.spawn;
