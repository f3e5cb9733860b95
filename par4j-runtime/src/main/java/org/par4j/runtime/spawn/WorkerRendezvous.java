package org.par4j.runtime.spawn;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.par4j.runtime.wire.Handshake;

/**
 * Where started workers connect back to: one Unix-domain socket per parent JVM, in a private
 * directory (mode 0700) under {@code java.io.tmpdir}. Each worker gets an id and a one-time secret;
 * a connection is handed to whoever waits for that id only after {@link Handshake} succeeded, so no
 * byte from an unauthenticated peer is ever deserialized. Removed when this JVM exits normally.
 *
 * <p>Thread-safe. One acceptor thread (daemon); each handshake runs on its own virtual thread and is
 * cut off after {@link #HANDSHAKE_TIMEOUT_MS}.
 */
public final class WorkerRendezvous {
    private static final long HANDSHAKE_TIMEOUT_MS = 10_000;
    private static volatile WorkerRendezvous shared;

    private final Path dir;
    private final Path socket;
    private final ServerSocketChannel server;
    private final AtomicLong ids = new AtomicLong();
    private final Map<Long, Registration> waiting = new ConcurrentHashMap<>();

    /** A worker expected to connect: its id, its secret and the connection once authenticated. */
    public static final class Registration {
        private final long id;
        private final byte[] secret = Handshake.newSecret();
        private final CompletableFuture<SocketChannel> connection = new CompletableFuture<>();

        private Registration(long id) {
            this.id = id;
        }

        /** @return the id the worker presents */
        public long id() {
            return id;
        }

        /** @return the one-time secret, to pass to the worker by environment */
        public byte[] secret() {
            return secret.clone();
        }

        /** @return completes with the authenticated channel */
        public CompletableFuture<SocketChannel> connection() {
            return connection;
        }
    }

    private WorkerRendezvous() throws IOException {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        // a random name from /dev/urandom: Files.createTempDirectory would start SecureRandom (milliseconds)
        dir = Files.createDirectory(tmp.resolve("par4j-" + Handshake.toHex(Handshake.newSecret()).substring(0, 16)),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        socket = dir.resolve("w.sock");
        server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(socket));
        Thread.ofPlatform().daemon().name("par4j-rendezvous").start(this::acceptLoop);
        Runtime.getRuntime().addShutdownHook(new Thread(this::removeFiles, "par4j-rendezvous-cleanup"));
    }

    /** @return this JVM's rendezvous, created on first use */
    public static WorkerRendezvous shared() {
        WorkerRendezvous r = shared;
        if (r == null) {
            synchronized (WorkerRendezvous.class) {
                r = shared;
                if (r == null) {
                    try {
                        r = new WorkerRendezvous();
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot open the worker socket in "
                                + System.getProperty("java.io.tmpdir"), e);
                    }
                    shared = r;
                }
            }
        }
        return r;
    }

    /** @return the socket path workers connect to */
    public Path socketPath() {
        return socket;
    }

    /** @return a new registration; {@link #cancel} it if the worker never comes */
    public Registration register() {
        Registration r = new Registration(ids.incrementAndGet());
        waiting.put(r.id, r);
        return r;
    }

    /** @param r a registration whose worker will not connect (it died, or we gave up) */
    public void cancel(Registration r) {
        waiting.remove(r.id);
        r.connection.cancel(false);
    }

    private void acceptLoop() {
        while (server.isOpen()) {
            try {
                SocketChannel ch = server.accept();
                Thread.ofVirtual().name("par4j-handshake").start(() -> authenticate(ch));
            } catch (IOException e) {
                if (!server.isOpen()) {
                    return;
                }
            }
        }
    }

    private void authenticate(SocketChannel ch) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        done.orTimeout(HANDSHAKE_TIMEOUT_MS, TimeUnit.MILLISECONDS).whenComplete((v, e) -> {
            if (e != null) {
                closeQuietly(ch);
            }
        });
        Registration[] found = new Registration[1];
        try {
            Handshake.server(ch, k -> {
                found[0] = waiting.remove(k);
                return found[0] == null ? null : found[0].secret;
            });
            done.complete(null);
            if (!found[0].connection.complete(ch)) {
                closeQuietly(ch);
            }
        } catch (IOException | RuntimeException e) {
            done.complete(null);
            closeQuietly(ch);
        }
    }

    private static void closeQuietly(SocketChannel ch) {
        try {
            ch.close();
        } catch (IOException ignored) {
            // nothing left to release
        }
    }

    private void removeFiles() {
        try {
            server.close();
            Files.deleteIfExists(socket);
            Files.deleteIfExists(dir);
        } catch (IOException ignored) {
            // best effort at exit
        }
    }
}
