package org.par4j;

import java.net.InetSocketAddress;
import java.net.SocketAddress;
import org.par4j.spi.IpcProvider;

/**
 * Accepts authenticated {@link Connection}s from unrelated processes or other hosts: Python's
 * {@code multiprocessing.connection.Listener}. Listens on TCP (an {@link InetSocketAddress}) or a Unix
 * socket (a {@link java.net.UnixDomainSocketAddress}). Every connection proves, both ways, that it
 * holds the {@code authkey} (HMAC-SHA256 challenge-response) before a single object is read from it;
 * a peer with a wrong key is refused and nothing it sent is deserialized.
 *
 * <pre>{@code
 * byte[] key = "secret password".getBytes(UTF_8);
 * try (Listener listener = Listener.bind(new InetSocketAddress("127.0.0.1", 6000), key);
 *      Connection conn = listener.accept()) {
 *     System.out.println(conn.<String>recv());
 * }
 * // elsewhere: try (Connection c = Client.connect(new InetSocketAddress("127.0.0.1", 6000), key)) { c.send("hi"); }
 * }</pre>
 */
public interface Listener extends AutoCloseable {

    /**
     * @param address where to listen; port 0 picks a free port (see {@link #address()})
     * @param authkey the shared secret (non-empty)
     * @return a listening listener
     */
    static Listener bind(SocketAddress address, byte[] authkey) {
        return IpcProvider.get().listen(address, authkey);
    }

    /**
     * @param authkey the shared secret
     * @return a listener on 127.0.0.1 and a free port
     */
    static Listener bindLocal(byte[] authkey) {
        return bind(new InetSocketAddress("127.0.0.1", 0), authkey);
    }

    /**
     * Waits for the next client and authenticates it.
     *
     * @return the connection
     * @throws Par4jException if the client fails to authenticate (the listener keeps listening), or the
     *         listener is closed
     */
    Connection accept();

    /** @return the address it listens on, with the actual port */
    SocketAddress address();

    /** Stops listening; accepted connections stay open. */
    @Override
    void close();
}
