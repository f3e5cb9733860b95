package org.par4j.runtime.wire;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.SocketChannel;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.function.LongFunction;

/**
 * Mutual HMAC-SHA256 challenge-response, run on a fresh connection before any frame is read, so that
 * nothing is deserialized from a peer that has not proved it holds the shared secret.
 *
 * <pre>
 *   client -&gt; server : "P4J1" | id (i64) | nonceC (32)
 *   server -&gt; client : nonceS (32) | HMAC(key, "parent" | nonceC | nonceS)
 *   client -&gt; server : HMAC(key, "worker" | nonceS | nonceC)
 *   server -&gt; client : 1 byte, 1 = accepted
 * </pre>
 *
 * The id names which secret the server checks (one secret per worker, used once). Fixed-size raw
 * bytes only; MACs are compared in constant time.
 */
public final class Handshake {
    /** Bytes in a secret key and in a nonce. */
    public static final int KEY_BYTES = 32;
    private static final byte[] MAGIC = {'P', '4', 'J', '1'};

    private Handshake() {
    }

    /** @return a fresh random secret */
    public static byte[] newSecret() {
        return nonce();
    }

    /**
     * @param key a secret
     * @return the secret as hex, for an environment variable
     */
    public static String toHex(byte[] key) {
        return HexFormat.of().formatHex(key);
    }

    /**
     * @param hex a secret written by {@link #toHex(byte[])}
     * @return the secret
     */
    public static byte[] fromHex(String hex) {
        return HexFormat.of().parseHex(hex);
    }

    /**
     * The connecting side (a worker).
     *
     * @param ch the connected channel, blocking
     * @param id the id the server knows this client's secret by
     * @param key the secret
     * @throws IOException if the server fails to prove it knows the secret, or the connection breaks;
     *     the channel is closed then
     */
    public static void client(SocketChannel ch, long id, byte[] key) throws IOException {
        try {
            clientExchange(ch, id, key);
        } catch (IOException | RuntimeException e) {
            ch.close();
            throw e;
        }
    }

    private static void clientExchange(SocketChannel ch, long id, byte[] key) throws IOException {
        byte[] nonceC = nonce();
        ByteBuffer hello = ByteBuffer.allocate(4 + 8 + KEY_BYTES).order(ByteOrder.LITTLE_ENDIAN);
        hello.put(MAGIC).putLong(id).put(nonceC).flip();
        writeFully(ch, hello);
        ByteBuffer reply = readFully(ch, KEY_BYTES * 2);
        byte[] nonceS = new byte[KEY_BYTES];
        byte[] macS = new byte[KEY_BYTES];
        reply.get(nonceS).get(macS);
        if (!HmacSha256.equal(macS, mac(key, "parent", nonceC, nonceS))) {
            throw new IOException("authentication failed: the parent did not prove it holds the secret");
        }
        writeFully(ch, ByteBuffer.wrap(mac(key, "worker", nonceS, nonceC)));
        if (readFully(ch, 1).get() != 1) {
            throw new IOException("authentication failed: the parent rejected this worker");
        }
    }

    /**
     * The accepting side (the parent).
     *
     * @param ch the accepted channel, blocking
     * @param keys the secret for a client id, or null for an unknown id
     * @return the client's id, once it has proved it holds that id's secret
     * @throws IOException if the client fails to authenticate or the connection breaks; the channel is
     *     closed then
     */
    public static long server(SocketChannel ch, LongFunction<byte[]> keys) throws IOException {
        try {
            return serverExchange(ch, keys);
        } catch (IOException | RuntimeException e) {
            ch.close();
            throw e;
        }
    }

    private static long serverExchange(SocketChannel ch, LongFunction<byte[]> keys) throws IOException {
        ByteBuffer hello = readFully(ch, 4 + 8 + KEY_BYTES).order(ByteOrder.LITTLE_ENDIAN);
        byte[] magic = new byte[4];
        hello.get(magic);
        if (!HmacSha256.equal(magic, MAGIC)) {
            throw new IOException("not a par4j worker: bad greeting");
        }
        long id = hello.getLong();
        byte[] nonceC = new byte[KEY_BYTES];
        hello.get(nonceC);
        byte[] key = keys.apply(id);
        // An unknown id gets a random key: the exchange runs the same way and fails at the end.
        byte[] used = key != null ? key : newSecret();
        byte[] nonceS = nonce();
        ByteBuffer challenge = ByteBuffer.allocate(KEY_BYTES * 2);
        challenge.put(nonceS).put(mac(used, "parent", nonceC, nonceS)).flip();
        writeFully(ch, challenge);
        byte[] macC = new byte[KEY_BYTES];
        readFully(ch, KEY_BYTES).get(macC);
        boolean ok = key != null && HmacSha256.equal(macC, mac(used, "worker", nonceS, nonceC));
        writeFully(ch, ByteBuffer.wrap(new byte[] {(byte) (ok ? 1 : 0)}));
        if (!ok) {
            throw new IOException("authentication failed for worker id " + id);
        }
        return id;
    }

    /** From /dev/urandom where there is one: SecureRandom's start-up costs a fresh JVM milliseconds. */
    private static byte[] nonce() {
        byte[] n = new byte[KEY_BYTES];
        try (java.io.InputStream in = new java.io.FileInputStream("/dev/urandom")) {
            if (in.readNBytes(n, 0, KEY_BYTES) == KEY_BYTES) {
                return n;
            }
        } catch (IOException e) {
            // no /dev/urandom here
        }
        SecureRandomHolder.RANDOM.nextBytes(n);
        return n;
    }

    /** Created only when needed. */
    private static final class SecureRandomHolder {
        private static final SecureRandom RANDOM = new SecureRandom();

        private SecureRandomHolder() {
        }
    }

    private static byte[] mac(byte[] key, String role, byte[] first, byte[] second) {
        return HmacSha256.mac(key, role.getBytes(java.nio.charset.StandardCharsets.US_ASCII), first, second);
    }

    private static void writeFully(SocketChannel ch, ByteBuffer b) throws IOException {
        while (b.hasRemaining()) {
            ch.write(b);
        }
    }

    private static ByteBuffer readFully(SocketChannel ch, int n) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(n);
        while (b.hasRemaining()) {
            if (ch.read(b) < 0) {
                throw new EOFException("connection closed during authentication");
            }
        }
        return b.flip();
    }
}
