package org.par4j;

import java.net.SocketAddress;
import org.par4j.spi.IpcProvider;

/**
 * Connects to a {@link Listener}: Python's {@code multiprocessing.connection.Client}. Both sides prove
 * they hold the {@code authkey} before any object is exchanged.
 *
 * <pre>{@code
 * try (Connection c = Client.connect(new InetSocketAddress("127.0.0.1", 6000), key)) {
 *     c.send(List.of(1, 2, 3));
 * }
 * }</pre>
 */
public final class Client {
    private Client() {
    }

    /**
     * @param address the listener's address
     * @param authkey the shared secret
     * @return an authenticated connection
     * @throws Par4jException if nothing listens there or authentication fails
     */
    public static Connection connect(SocketAddress address, byte[] authkey) {
        return IpcProvider.get().connect(address, authkey);
    }
}
