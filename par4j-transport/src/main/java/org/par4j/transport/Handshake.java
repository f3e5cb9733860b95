package org.par4j.transport;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;

/**
 * Mutual HMAC-SHA256 challenge-response on a blocking socket, run before any other byte is read:
 * <pre>
 *   acceptor  -> connector : nonceA (32 bytes)
 *   connector -> acceptor  : nonceC (32) | id (int) | HMAC(key, "C" | purpose | nonceA | id)
 *   acceptor  -> connector : HMAC(key, "A" | purpose | nonceC | id)
 * </pre>
 * {@code purpose} separates uses (rendezvous, tcp link) so a reply cannot be replayed across them;
 * {@code id} is the connector's rank. A wrong MAC closes the connection.
 */
public final class Handshake {
    private static final int NONCE = 32;
    private static final int MAC = 32;

    private Handshake() {
    }

    /**
     * @param ch a connected blocking channel
     * @param key the job key
     * @param purpose what the connection is for
     * @return the connector's id
     * @throws IOException on I/O failure or if the peer does not know the key
     */
    public static int accept(SocketChannel ch, JobKey key, String purpose) throws IOException {
        byte[] p = purpose.getBytes(StandardCharsets.UTF_8);
        byte[] nonceA = JobKey.nonce(NONCE);
        writeFully(ch, ByteBuffer.wrap(nonceA));
        ByteBuffer in = readFully(ch, NONCE + 4 + MAC);
        byte[] nonceC = new byte[NONCE];
        in.get(nonceC);
        int id = in.getInt();
        byte[] mac = new byte[MAC];
        in.get(mac);
        byte[] idBytes = ByteBuffer.allocate(4).putInt(id).array();
        if (!JobKey.same(key.mac(new byte[] {'C'}, p, nonceA, idBytes), mac)) {
            throw new IOException("peer failed authentication (" + purpose + "): wrong job key");
        }
        writeFully(ch, ByteBuffer.wrap(key.mac(new byte[] {'A'}, p, nonceC, idBytes)));
        return id;
    }

    /**
     * @param ch a connected blocking channel
     * @param key the job key
     * @param purpose what the connection is for
     * @param id this side's id (rank)
     * @throws IOException on I/O failure or if the acceptor does not know the key
     */
    public static void connect(SocketChannel ch, JobKey key, String purpose, int id) throws IOException {
        byte[] p = purpose.getBytes(StandardCharsets.UTF_8);
        ByteBuffer a = readFully(ch, NONCE);
        byte[] nonceA = new byte[NONCE];
        a.get(nonceA);
        byte[] nonceC = JobKey.nonce(NONCE);
        byte[] idBytes = ByteBuffer.allocate(4).putInt(id).array();
        ByteBuffer out = ByteBuffer.allocate(NONCE + 4 + MAC);
        out.put(nonceC).put(idBytes).put(key.mac(new byte[] {'C'}, p, nonceA, idBytes)).flip();
        writeFully(ch, out);
        ByteBuffer reply = readFully(ch, MAC);
        byte[] mac = new byte[MAC];
        reply.get(mac);
        if (!JobKey.same(key.mac(new byte[] {'A'}, p, nonceC, idBytes), mac)) {
            throw new IOException("server failed authentication (" + purpose + "): wrong job key");
        }
    }

    /** @param ch channel @param b bytes to write entirely @throws IOException on failure */
    public static void writeFully(SocketChannel ch, ByteBuffer b) throws IOException {
        while (b.hasRemaining()) {
            ch.write(b);
        }
    }

    /** @param ch channel @param n bytes to read @return a buffer of n bytes, flipped @throws IOException on EOF */
    public static ByteBuffer readFully(SocketChannel ch, int n) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(n);
        while (b.hasRemaining()) {
            if (ch.read(b) < 0) {
                throw new IOException("connection closed during handshake");
            }
        }
        return b.flip();
    }
}
