package org.par4j.spi;

import java.net.SocketAddress;
import java.util.ServiceLoader;
import org.par4j.Connection;
import org.par4j.Listener;
import org.par4j.Pipe;
import org.par4j.Queue;

/**
 * What an implementation provides for messages between processes: pipes, queues, socket listeners and
 * clients; found with {@link ServiceLoader}. The factories of {@code org.par4j} delegate here.
 */
public interface IpcProvider {

    /**
     * @param duplex two-way ends, or first receive-only and second send-only
     * @return a new pipe
     */
    Pipe newPipe(boolean duplex);

    /**
     * @param <T> the element type
     * @param maxSize the bound, 0 or less for none
     * @param joinable true for a {@link org.par4j.JoinableQueue}
     * @return a new queue
     */
    <T> Queue<T> newQueue(int maxSize, boolean joinable);

    /**
     * @param address where to listen
     * @param authkey the shared secret
     * @return a listening listener
     */
    Listener listen(SocketAddress address, byte[] authkey);

    /**
     * @param address a listener's address
     * @param authkey the shared secret
     * @return an authenticated connection
     */
    Connection connect(SocketAddress address, byte[] authkey);

    /**
     * @return the provider on the class path
     * @throws IllegalStateException if none is there
     */
    static IpcProvider get() {
        return Holder.INSTANCE;
    }

    /** Loads the provider once, on first use. */
    final class Holder {
        private static final IpcProvider INSTANCE = ServiceLoader.load(IpcProvider.class)
                .findFirst().orElseThrow(() -> new IllegalStateException(
                        "no par4j IPC provider on the class path: add par4j-runtime next to par4j-api"));

        private Holder() {
        }
    }
}
