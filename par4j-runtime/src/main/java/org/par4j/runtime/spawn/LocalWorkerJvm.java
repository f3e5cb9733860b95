package org.par4j.runtime.spawn;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.par4j.Par4jException;
import org.par4j.runtime.wire.FrameChannel;
import org.par4j.runtime.wire.Handshake;

/**
 * A worker JVM started on this host with {@link ProcessBuilder} (Java cannot fork itself: this is
 * CPython's "spawn" start method). The secret travels in the environment, never on the command
 * line; standard output and error are pumped into this JVM's line by line.
 */
public final class LocalWorkerJvm implements WorkerJvm {
    /** Environment variable: the socket to connect to. */
    static final String ENV_SOCKET = "PAR4J_WORKER_SOCKET";
    /** Environment variable: the worker's id. */
    static final String ENV_ID = "PAR4J_WORKER_ID";
    /** Environment variable: the one-time secret, hex. */
    static final String ENV_SECRET = "PAR4J_WORKER_SECRET";
    /** Environment variable: the parent's pid, watched by the worker. */
    static final String ENV_PARENT = "PAR4J_PARENT_PID";
    /** How long a worker may take to connect back, in ms ({@code par4j.spawn.connectTimeoutMs}). */
    private static final long CONNECT_TIMEOUT_MS = Long.getLong("par4j.spawn.connectTimeoutMs", 60_000);

    /** How long output may lag behind a worker's exit before join returns anyway. */
    private static final long OUTPUT_GRACE_MS = 2_000;

    private final java.lang.Process process;
    private final FrameChannel channel;
    private final OutputPump out;
    private final OutputPump err;

    private LocalWorkerJvm(java.lang.Process process, FrameChannel channel, OutputPump out, OutputPump err) {
        this.process = process;
        this.channel = channel;
        this.out = out;
        this.err = err;
    }

    /**
     * Starts a worker JVM and waits until it has connected back and authenticated.
     *
     * @param name a name for thread names and messages
     * @param jvmOptions extra JVM options
     * @return the connected worker
     * @throws Par4jException if the JVM cannot be started or dies before connecting
     */
    public static LocalWorkerJvm start(String name, List<String> jvmOptions) {
        WorkerRendezvous rendezvous = WorkerRendezvous.shared();
        WorkerRendezvous.Registration reg = rendezvous.register();
        ProcessBuilder pb = new ProcessBuilder(JvmCommand.worker(jvmOptions, AotCache.flags()));
        Map<String, String> env = pb.environment();
        env.put(ENV_SOCKET, rendezvous.socketPath().toString());
        env.put(ENV_ID, Long.toString(reg.id()));
        env.put(ENV_SECRET, Handshake.toHex(reg.secret()));
        env.put(ENV_PARENT, Long.toString(ProcessHandle.current().pid()));
        pb.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        java.lang.Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            rendezvous.cancel(reg);
            throw new UncheckedIOException("cannot start a worker JVM with " + JvmCommand.javaBinary(), e);
        }
        OutputPump out = OutputPump.start(name + "-" + p.pid() + "-out", p.getInputStream(), () -> System.out, false);
        OutputPump err = OutputPump.start(name + "-" + p.pid() + "-err", p.getErrorStream(), () -> System.err, true);
        SocketChannel ch = awaitConnection(reg, p, err);
        return new LocalWorkerJvm(p, new FrameChannel(ch), out, err);
    }

    private static SocketChannel awaitConnection(WorkerRendezvous.Registration reg, java.lang.Process p,
            OutputPump err) {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(CONNECT_TIMEOUT_MS);
        try {
            while (true) {
                try {
                    return reg.connection().get(20, TimeUnit.MILLISECONDS);
                } catch (TimeoutException e) {
                    if (!p.isAlive() || System.nanoTime() > deadline) {
                        break;
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            // fall through: the registration was cancelled
        }
        WorkerRendezvous.shared().cancel(reg);
        p.destroyForcibly();
        try {
            p.waitFor(5, TimeUnit.SECONDS);
            err.await(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        String status = p.isAlive() ? "did not connect within " + CONNECT_TIMEOUT_MS + " ms"
                : "exited with status " + ExitStatus.of(p.exitValue()) + " before connecting";
        throw new Par4jException("worker JVM pid " + p.pid() + " " + status + "; its last words:\n    "
                + String.join("\n    ", err.lastLines()));
    }

    @Override
    public long pid() {
        return process.pid();
    }

    @Override
    public FrameChannel channel() {
        return channel;
    }

    @Override
    public boolean isAlive() {
        return process.isAlive();
    }

    @Override
    public OptionalInt exitStatus() {
        return process.isAlive() ? OptionalInt.empty() : OptionalInt.of(ExitStatus.of(process.exitValue()));
    }

    @Override
    public boolean waitFor(Duration timeout) throws InterruptedException {
        if (timeout == null) {
            process.waitFor();
            // a grandchild may hold the pipes open: pass on what came, but do not wait for it
            OutputPump.awaitAll(List.of(out, err), OUTPUT_GRACE_MS);
            return true;
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        if (!process.waitFor(timeout.toNanos(), TimeUnit.NANOSECONDS)) {
            return false;
        }
        // Output is passed on before join returns, unless a grandchild holds the pipes open.
        long left = Math.min(OUTPUT_GRACE_MS, Math.max(100, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
        OutputPump.awaitAll(List.of(out, err), left);
        return true;
    }

    @Override
    public void terminate() {
        process.destroy();
    }

    @Override
    public void kill() {
        process.destroyForcibly();
    }

    @Override
    public List<String> lastWords() {
        return err.lastLines();
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
        }
        try {
            channel.close();
        } catch (IOException ignored) {
            // closing a dead worker's socket
        }
    }

    @Override
    public String toString() {
        return "worker pid " + pid();
    }
}
