package org.par4j;

import java.net.SocketAddress;
import java.util.List;
import java.util.Map;
import org.par4j.spi.ManagerProvider;

/**
 * A server process that holds shared objects, and proxies to them: Python's
 * {@code multiprocessing.Manager()}. The proxies ({@code Map}, {@code List}, {@link Queue},
 * {@link Namespace}, {@link ManagedValue}, {@link Lock}) are small serializable handles: capture them
 * in a {@link JvmProcess} lambda or a pool task, or {@link #connect} from another host with the
 * address and key.
 *
 * <pre>{@code
 * try (Manager manager = Manager.start()) {
 *     Map<String, Integer> scores = manager.dict();
 *     new JvmProcess(() -> scores.put("p1", 42)).start().join();
 *     System.out.println(scores);   // {p1=42}
 * }
 * }</pre>
 *
 * <p><b>Cost.</b> Every proxy call is a round trip to the server over an authenticated socket (tens of
 * microseconds), where a shared-memory {@link SharedLong}, {@link Lock} or {@link Queue} costs
 * nanoseconds to a few microseconds: use a manager for what shared memory cannot do (maps and lists
 * of any objects, other hosts). {@code par4j bench ipc} measures both.
 *
 * <p><b>Failures.</b> The server outlives its clients: a client that dies holding a manager
 * {@link Lock} has it released by the server when its connection drops. Iterating a proxied map or
 * list works on a copy. Each thread of a process has its own connection to the server.
 */
public interface Manager extends AutoCloseable {

    /** @return a manager whose server runs in a new JVM, on 127.0.0.1 with a fresh random key */
    static Manager start() {
        return ManagerProvider.get().start(null, null);
    }

    /**
     * @param address where the server listens (127.0.0.1 unless other hosts must reach it; port 0 for any)
     * @param authkey the key clients must prove they hold
     * @return a manager whose server runs in a new JVM
     */
    static Manager start(SocketAddress address, byte[] authkey) {
        return ManagerProvider.get().start(address, authkey);
    }

    /**
     * @param address a running manager's {@link #address()}
     * @param authkey its key
     * @return a manager that uses that server (closing it does not stop the server)
     */
    static Manager connect(SocketAddress address, byte[] authkey) {
        return ManagerProvider.get().connect(address, authkey);
    }

    /**
     * @param <K> key type
     * @param <V> value type
     * @return a new empty map on the server
     */
    <K, V> Map<K, V> dict();

    /**
     * @param <T> element type
     * @return a new empty list on the server
     */
    <T> List<T> list();

    /**
     * @param <T> element type
     * @return a new unbounded queue on the server
     */
    <T> Queue<T> queue();

    /** @return a new empty namespace on the server */
    Namespace namespace();

    /**
     * @param <T> the value's type
     * @param initial its first value
     * @return a new value on the server
     */
    <T> ManagedValue<T> value(T initial);

    /** @return a new lock on the server, released if its holder's connection drops */
    Lock lock();

    /** @return the server's address */
    SocketAddress address();

    /** @return the key clients must hold */
    byte[] authkey();

    /** Stops the server if this manager started it; a connected manager just disconnects. */
    @Override
    void close();
}
