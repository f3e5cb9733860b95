package org.par4j.runtime.spawn;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.par4j.SerializableFunction;
import org.par4j.runtime.wire.Codecs;
import org.par4j.runtime.wire.FrameChannel;
import org.par4j.runtime.wire.Handshake;
import org.par4j.runtime.wire.WireInput;
import org.par4j.runtime.wire.WireOutput;

/**
 * The training run that {@link AotCache} records: one JVM plays parent and worker over a real socket
 * (watchdog, handshake, INIT, chunks of a serialized lambda, a failure, FORGET, EXIT), so the classes
 * a worker needs at start-up are loaded and linked while the JVM writes its AOT cache. The cache keeps
 * no method profiles ({@link AotCache}): replaying them made every worker compile the training's hot
 * methods with C2 at start-up.
 */
public final class AotTraining {
    private static final long ID = 1;
    private static final long TIME_LIMIT_MS = 120_000;

    private AotTraining() {
    }

    /**
     * @param args ignored
     * @throws Exception if the training fails (no cache is kept then)
     */
    public static void main(String[] args) throws Exception {
        // Bounded even if something in it blocks: no cache then, and no process left behind.
        Thread.ofPlatform().daemon().start(() -> {
            try {
                Thread.sleep(TIME_LIMIT_MS);
            } catch (InterruptedException e) {
                return;
            }
            Runtime.getRuntime().halt(1);
        });
        byte[] key = Handshake.newSecret();
        Path dir = Files.createTempDirectory("par4j-aot-");
        Path sock = dir.resolve("t.sock");
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            server.bind(UnixDomainSocketAddress.of(sock));
            Thread parentSide = Thread.ofPlatform().start(() -> playParent(server, key));
            // The worker's own path (WorkerMain, its environment, the watchdog's ProcessHandle and
            // executor): classes left out of the cache are loaded from the jars by every worker.
            System.getenv(LocalWorkerJvm.ENV_SOCKET);
            long parent = ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(-1L);
            FrameChannel channel = WorkerMain.connect(sock.toString(), ID, key, parent);
            Files.deleteIfExists(sock);
            Files.deleteIfExists(dir);
            // returns on EXIT; the cache is written when main ends
            WorkerMain.serve(channel);
            parentSide.join();
        }
    }

    private static void playParent(ServerSocketChannel server, byte[] key) {
        try (SocketChannel ch = server.accept()) {
            Handshake.server(ch, id -> id == ID ? key : null);
            FrameChannel channel = new FrameChannel(ch);
            WireOutput out = channel.startFrame();
            out.writeByte(WorkerProtocol.INIT);
            Codecs.objects().encode(null, out);
            channel.endFrame();
            SerializableFunction<Object, Object> twice = x -> x instanceof Integer i ? i * 2 : x;
            SerializableFunction<Object, Object> fails = x -> {
                throw new IllegalStateException("training failure " + x);
            };
            chunk(channel, 1, twice, List.of(1, 2, 3, "s", 4.0, List.of(1), new int[] {1}));
            chunk(channel, 2, fails, List.of(1));
            channel.flush();
            for (int i = 0; i < 2; i++) {
                WireInput in = channel.readFrame();
                in.readByte();
                in.readLong();
                in.readInt();
                in.readLong();
                Codecs.objects().decode(in);
            }
            out = channel.startFrame();
            out.writeByte(WorkerProtocol.FORGET);
            out.writeLong(1);
            channel.endFrame();
            channel.startFrame().writeByte(WorkerProtocol.EXIT);
            channel.endFrame();
            channel.flush();
        } catch (IOException | RuntimeException e) {
            Runtime.getRuntime().halt(1);
        }
    }

    private static void chunk(FrameChannel channel, long callId, Object fn, List<Object> items) {
        WireOutput out = channel.startFrame();
        out.writeByte(WorkerProtocol.CHUNK);
        out.writeLong(callId);
        out.writeInt(0);
        out.writeByte(WorkerProtocol.HAS_FUNCTION | WorkerProtocol.LONE);
        Codecs.objects().encode(fn, out);
        Codecs.objects().encode(items.toArray(), out);
        channel.endFrame();
    }
}
