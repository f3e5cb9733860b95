package org.par4j.runtime.net;

import java.io.IOException;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.par4j.runtime.wire.Handshake;

/**
 * Runs the runtime's mutual HMAC-SHA256 {@link Handshake} on a fresh socket with the user's authkey,
 * bounded in time: a peer that connects and stays silent is cut off after
 * {@code par4j.net.authTimeoutMillis} (default 10000) instead of blocking the listener for ever.
 * Nothing is read from the socket but the handshake's fixed-size fields until it has succeeded.
 */
final class Authentication {
    private static final long TIMEOUT_MILLIS = Long.getLong("par4j.net.authTimeoutMillis", 10_000);
    private static final long CLIENT_ID = 0;

    private Authentication() {
    }

    /**
     * @param ch a freshly accepted channel, blocking
     * @param authkey the secret
     * @throws IOException if the client does not prove it holds the key (the channel is then closed)
     */
    static void asServer(SocketChannel ch, byte[] authkey) throws IOException {
        bounded(ch, () -> Handshake.server(ch, id -> authkey));
    }

    /**
     * @param ch a freshly connected channel, blocking
     * @param authkey the secret
     * @throws IOException if the server does not prove it holds the key (the channel is then closed)
     */
    static void asClient(SocketChannel ch, byte[] authkey) throws IOException {
        bounded(ch, () -> {
            Handshake.client(ch, CLIENT_ID, authkey);
            return 0L;
        });
    }

    /**
     * @param authkey a key given by the user
     * @return a copy, checked
     */
    static byte[] checkedKey(byte[] authkey) {
        if (authkey == null || authkey.length == 0) {
            throw new IllegalArgumentException("an authkey is required (a non-empty byte array both sides share)");
        }
        return authkey.clone();
    }

    private interface Exchange {
        long run() throws IOException;
    }

    private static void bounded(SocketChannel ch, Exchange exchange) throws IOException {
        Thread watchdog = Thread.ofVirtual().start(() -> {
            try {
                Thread.sleep(Duration.ofMillis(TIMEOUT_MILLIS));
                ch.close();
            } catch (InterruptedException | IOException e) {
                // finished in time (interrupted), or already closed
            }
        });
        try {
            exchange.run();
        } catch (IOException | RuntimeException e) {
            ch.close();
            throw e;
        } finally {
            watchdog.interrupt();
            try {
                watchdog.join(TimeUnit.SECONDS.toMillis(1));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (!ch.isOpen()) {
            throw new IOException("authentication timed out after " + TIMEOUT_MILLIS + " ms");
        }
    }
}
