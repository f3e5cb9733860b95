package org.par4j.runtime.process;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import org.par4j.Par4jException;
import org.par4j.SerializableRunnable;
import org.par4j.spi.ProcessControl;
import org.par4j.runtime.spawn.LocalWorkerJvm;
import org.par4j.runtime.spawn.WorkerJvm;
import org.par4j.runtime.spawn.WorkerProtocol;
import org.par4j.runtime.wire.Codecs;
import org.par4j.runtime.wire.WireOutput;

/**
 * The runtime behind {@link org.par4j.JvmProcess}: a worker JVM that runs one task and exits.
 *
 * <p>A non-daemon process is watched by a non-daemon thread, which keeps this JVM alive until the
 * child exits, as a non-daemon {@link Thread} would. A daemon process is killed by a shutdown hook
 * when this JVM exits (and, like every worker, halts by itself when this JVM dies).
 */
public final class LocalProcessControl implements ProcessControl {
    private static final Map<LocalProcessControl, Boolean> DAEMONS = new ConcurrentHashMap<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> DAEMONS.keySet().forEach(p -> p.jvm.kill()),
                "par4j-daemon-processes"));
    }

    private final WorkerJvm jvm;

    private LocalProcessControl(WorkerJvm jvm) {
        this.jvm = jvm;
    }

    /**
     * Encodes the target on this thread (so an unserializable one fails here), starts the JVM and
     * sends the target.
     *
     * @param name the process's name
     * @param daemon true to kill it when this JVM exits
     * @param target what it runs
     * @return the running process
     */
    public static LocalProcessControl start(String name, boolean daemon, SerializableRunnable target) {
        WireOutput payload = new WireOutput(256);
        Codecs.objects().encode(name, payload);
        Codecs.objects().encode(target, payload);
        WorkerJvm jvm = LocalWorkerJvm.start(name, java.util.List.of());
        try {
            WireOutput out = jvm.channel().startFrame();
            out.writeByte(WorkerProtocol.RUN);
            out.writeBytes(payload.array(), 0, payload.size());
            jvm.channel().endFrame();
            jvm.channel().flush();
        } catch (IOException e) {
            jvm.close();
            throw new Par4jException("process '" + name + "' (pid " + jvm.pid() + ") died at start-up: "
                    + jvm.lastWords(), e);
        }
        LocalProcessControl p = new LocalProcessControl(jvm);
        if (daemon) {
            DAEMONS.put(p, Boolean.TRUE);
        }
        Thread.ofPlatform().daemon(daemon).name("par4j-process-" + name + "-" + jvm.pid())
                .start(() -> p.reap(daemon));
        return p;
    }

    /** Waits for the exit, then releases the channel; runs on the watcher thread. */
    private void reap(boolean daemon) {
        try {
            jvm.waitFor(null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            jvm.close();
            if (daemon) {
                DAEMONS.remove(this);
            }
        }
    }

    @Override
    public long pid() {
        return jvm.pid();
    }

    @Override
    public boolean isAlive() {
        return jvm.isAlive();
    }

    @Override
    public boolean waitFor(Duration timeout) throws InterruptedException {
        return jvm.waitFor(timeout);
    }

    @Override
    public OptionalInt exitCode() {
        return jvm.exitStatus();
    }

    @Override
    public void terminate() {
        jvm.terminate();
    }

    @Override
    public void kill() {
        jvm.kill();
    }
}
