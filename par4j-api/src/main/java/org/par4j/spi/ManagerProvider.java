package org.par4j.spi;

import java.net.SocketAddress;
import java.util.ServiceLoader;
import org.par4j.Manager;

/** What an implementation provides for {@link Manager}s; found with {@link ServiceLoader}. */
public interface ManagerProvider {

    /**
     * @param address where the server listens, or null for 127.0.0.1 and any port
     * @param authkey the key, or null for a fresh random one
     * @return a manager whose server runs in a new JVM
     */
    Manager start(SocketAddress address, byte[] authkey);

    /**
     * @param address a running server
     * @param authkey its key
     * @return a manager using it
     */
    Manager connect(SocketAddress address, byte[] authkey);

    /**
     * @return the provider on the class path
     * @throws IllegalStateException if none is there
     */
    static ManagerProvider get() {
        return Holder.INSTANCE;
    }

    /** Loads the provider once, on first use. */
    final class Holder {
        private static final ManagerProvider INSTANCE = ServiceLoader.load(ManagerProvider.class)
                .findFirst().orElseThrow(() -> new IllegalStateException(
                        "no par4j manager provider on the class path: add par4j-runtime next to par4j-api"));

        private Holder() {
        }
    }
}
