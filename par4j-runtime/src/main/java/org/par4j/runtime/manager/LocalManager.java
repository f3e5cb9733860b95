package org.par4j.runtime.manager;

import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.par4j.Connection;
import org.par4j.JvmProcess;
import org.par4j.Lock;
import org.par4j.ManagedValue;
import org.par4j.Manager;
import org.par4j.Namespace;
import org.par4j.Par4jException;
import org.par4j.Pipe;
import org.par4j.Queue;
import org.par4j.runtime.wire.Handshake;
import org.par4j.spi.ManagerProvider;

/** A {@link Manager}: a server started in a worker JVM, or a connection to a running one. */
public final class LocalManager implements Manager, ManagerProvider {
    private final ManagerLink link;
    private final JvmProcess server;

    /** Called by {@link java.util.ServiceLoader}: the provider. */
    public LocalManager() {
        this(null, null);
    }

    private LocalManager(ManagerLink link, JvmProcess server) {
        this.link = link;
        this.server = server;
    }

    @Override
    public Manager start(SocketAddress address, byte[] authkey) {
        InetSocketAddress where = address == null ? new InetSocketAddress("127.0.0.1", 0) : (InetSocketAddress) address;
        byte[] key = authkey == null ? Handshake.newSecret() : authkey.clone();
        String host = where.getHostString();
        int port = where.getPort();
        Pipe ready = Pipe.create(false);
        Connection tell = ready.second();
        JvmProcess p = new JvmProcess("par4j-manager", () -> ManagerServer.serve(host, port, key, tell)).start();
        try (Connection listen = ready.first()) {
            if (!listen.poll(Duration.ofSeconds(Long.getLong("par4j.manager.startSeconds", 120)))) {
                p.kill();
                throw new Par4jException("the manager server did not start in time");
            }
            int actual = listen.recv();
            String clientHost = where.getAddress() != null && where.getAddress().isAnyLocalAddress() ? "127.0.0.1" : host;
            return new LocalManager(new ManagerLink(clientHost, actual, key), p);
        } finally {
            tell.close();
        }
    }

    @Override
    public Manager connect(SocketAddress address, byte[] authkey) {
        InetSocketAddress a = (InetSocketAddress) address;
        ManagerLink l = new ManagerLink(a.getHostString(), a.getPort(), authkey.clone());
        l.call("ping");
        return new LocalManager(l, null);
    }

    private long create(String kind, Object initial) {
        return (Long) link.call("new", kind, initial);
    }

    @Override
    public <K, V> Map<K, V> dict() {
        return new Proxies.MapProxy<>(link, create("map", null));
    }

    @Override
    public <T> List<T> list() {
        return new Proxies.ListProxy<>(link, create("list", null));
    }

    @Override
    public <T> Queue<T> queue() {
        return new Proxies.QueueProxy<>(link, create("queue", null));
    }

    @Override
    public Namespace namespace() {
        return new Proxies.NamespaceProxy(link, create("namespace", null));
    }

    @Override
    public <T> ManagedValue<T> value(T initial) {
        return new Proxies.ValueProxy<>(link, create("value", initial));
    }

    @Override
    public Lock lock() {
        return new Proxies.LockProxy(link, create("lock", null));
    }

    @Override
    public SocketAddress address() {
        return new InetSocketAddress(link.host(), link.port());
    }

    @Override
    public byte[] authkey() {
        return link.authkey().clone();
    }

    @Override
    public void close() {
        if (server != null) {
            link.call("shutdown");
            link.disconnect();
            try {
                if (!server.join(Duration.ofSeconds(30))) {
                    server.kill();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                server.kill();
            }
        } else {
            link.disconnect();
        }
    }

    @Override
    public String toString() {
        return "Manager at " + link.host() + ":" + link.port();
    }
}
