package org.par4j.runtime.manager;

import java.io.Serializable;
import java.net.InetSocketAddress;
import java.util.concurrent.ConcurrentHashMap;
import org.par4j.Connection;
import org.par4j.QueueEmptyException;
import org.par4j.RemoteException;
import org.par4j.runtime.net.SocketClient;

/**
 * How a proxy reaches its manager's server: address and key, serializable, and one authenticated
 * connection per thread of each process (so that a thread blocked in a call, such as a lock or a
 * queue get, never holds up another). A request is {@code Object[] {op, args...}}; a reply
 * {@code Object[] {status, result}}.
 *
 * @param host the server's host
 * @param port its port
 * @param authkey its key
 */
record ManagerLink(String host, int port, byte[] authkey) implements Serializable {
    static final int OK = 0;
    static final int FAILED = 1;
    static final int EMPTY = 2;
    private static final ConcurrentHashMap<String, ThreadLocal<Connection>> CONNECTIONS = new ConcurrentHashMap<>();

    /**
     * @param op the operation
     * @param args its arguments
     * @return the server's result
     * @throws RemoteException if the server's call threw
     * @throws QueueEmptyException if a timed queue get found nothing
     */
    Object call(String op, Object... args) {
        Object[] request = new Object[args.length + 1];
        request[0] = op;
        System.arraycopy(args, 0, request, 1, args.length);
        Connection c = connection();
        c.send(request);
        Object[] reply = c.recv();
        int status = (Integer) reply[0];
        if (status == EMPTY) {
            throw new QueueEmptyException("no item came within the timeout");
        }
        if (status == FAILED) {
            String[] failure = (String[]) reply[1];
            throw new RemoteException(failure[0], failure[1]);
        }
        return reply[1];
    }

    private Connection connection() {
        ThreadLocal<Connection> local = CONNECTIONS.computeIfAbsent(host + ":" + port, k -> new ThreadLocal<>());
        Connection c = local.get();
        if (c == null || c.isClosed()) {
            c = SocketClient.connect(new InetSocketAddress(host, port), authkey);
            local.set(c);
        }
        return c;
    }

    /** Closes this thread's connection to the server, if any. */
    void disconnect() {
        ThreadLocal<Connection> local = CONNECTIONS.get(host + ":" + port);
        if (local != null && local.get() != null) {
            local.get().close();
            local.remove();
        }
    }
}
