package org.par4j.runtime.spawn;

import java.io.EOFException;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import org.par4j.runtime.wire.Codecs;
import org.par4j.runtime.wire.FrameChannel;
import org.par4j.runtime.wire.Handshake;
import org.par4j.runtime.wire.WireInput;

/**
 * The main class of every worker JVM. Connects back to the parent named in the environment,
 * authenticates, then either runs one task and exits (a {@link org.par4j.JvmProcess}) or serves a
 * pool ({@link PoolWorkerLoop}). Exits when the parent dies: end of file on the control channel
 * halts it, and {@link ParentWatchdog} covers a parent killed while this worker is busy.
 *
 * <p>Exit codes: 0 done, 1 uncaught exception in a process's task, 2 bad start-up,
 * {@value ParentWatchdog#ORPHANED} parent gone.
 */
public final class WorkerMain {
    private WorkerMain() {
    }

    /**
     * @param args ignored: everything comes through the environment and the channel
     */
    public static void main(String[] args) {
        FrameChannel channel;
        try {
            channel = connect(requireEnv(LocalWorkerJvm.ENV_SOCKET),
                    Long.parseLong(requireEnv(LocalWorkerJvm.ENV_ID)),
                    Handshake.fromHex(requireEnv(LocalWorkerJvm.ENV_SECRET)),
                    Long.parseLong(requireEnv(LocalWorkerJvm.ENV_PARENT)));
        } catch (IOException | RuntimeException e) {
            System.err.println("par4j worker: cannot connect to the parent: " + e);
            System.exit(2);
            return;
        }
        if (serve(channel)) {
            ExitByReturning.arm();
        }
    }

    /**
     * Starts the parent watchdog, connects to the parent and authenticates.
     *
     * @param socket the parent's rendezvous socket
     * @param id this worker's id
     * @param secret this worker's one-time secret
     * @param parent the parent's pid
     * @return the authenticated control channel
     * @throws IOException if the parent cannot be reached or authentication fails
     */
    static FrameChannel connect(String socket, long id, byte[] secret, long parent) throws IOException {
        ParentWatchdog.start(parent, java.nio.file.Path.of(socket));
        SocketChannel ch = SocketChannel.open(StandardProtocolFamily.UNIX);
        ch.connect(UnixDomainSocketAddress.of(socket));
        Handshake.client(ch, id, secret);
        return new FrameChannel(ch);
    }

    /**
     * Runs what the parent's first message asks for: one process's task, or a pool's worker loop.
     *
     * @return true when a pool's worker loop ended as the parent asked; the JVM then ends when main returns
     */
    static boolean serve(FrameChannel channel) {
        try {
            WireInput first = channel.readFrame();
            int type = first.readByte();
            if (type == WorkerProtocol.RUN) {
                runProcess(channel, first);
            } else if (type == WorkerProtocol.INIT) {
                new PoolWorkerLoop(channel).run(first);
                return true;
            } else {
                System.err.println("par4j worker: unexpected first message " + type);
                System.exit(2);
            }
        } catch (EOFException e) {
            ParentWatchdog.endOfChannel();
        } catch (IOException e) {
            System.err.println("par4j worker: control channel failed: " + e);
            ParentWatchdog.endOfChannel();
        }
        return false;
    }

    private static String requireEnv(String name) {
        String v = System.getenv(name);
        if (v == null) {
            throw new IllegalStateException(name + " is not set: WorkerMain is started by par4j, not by hand");
        }
        return v;
    }

    private static void runProcess(FrameChannel channel, WireInput frame) {
        watchForEof(channel);
        String name = "JvmProcess";
        int status = 0;
        try {
            name = (String) Codecs.objects().decode(frame);
            Runnable target = (Runnable) Codecs.objects().decode(frame);
            target.run();
        } catch (Throwable t) {
            System.out.flush();
            System.err.println("Process " + name + ":");
            t.printStackTrace();
            System.err.flush();
            status = 1;
        }
        System.out.flush();
        // A thread blocked in a socket read holds up the JVM's exit by ~300 ms (it waits for threads
        // in native code): close the channel so the watcher leaves its read first.
        exiting = true;
        try {
            channel.close();
        } catch (IOException e) {
            // exiting anyway
        }
        if (status != 0) {
            System.exit(status);
        }
        // Status 0: main returns (see ExitByReturning), and as in Python the process ends when the
        // threads its target started have ended.
    }

    private static volatile boolean exiting;

    /** A process's main thread does not read the channel: a daemon thread watches it for the parent's end. */
    private static void watchForEof(FrameChannel channel) {
        Thread.ofPlatform().daemon().name("par4j-parent-eof").stackSize(128 * 1024).start(() -> {
            try {
                while (true) {
                    channel.readFrame();
                }
            } catch (IOException e) {
                if (!exiting) {
                    ParentWatchdog.endOfChannel();
                }
            }
        });
    }
}
