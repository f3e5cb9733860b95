package org.par4j.transport.tcp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.par4j.transport.Endpoint;
import org.par4j.transport.Handshake;
import org.par4j.transport.JobKey;
import org.par4j.transport.PeerLink;

/**
 * Connects a rank to the peers it reaches over TCP: the higher rank of each pair connects, the lower one
 * accepts, and both run the {@link Handshake} before the link carries anything. Connections go down the
 * rank order, so the mesh cannot deadlock; every wait has a deadline.
 */
public final class TcpMesh implements AutoCloseable {
    /** System property: the address listeners bind to ({@code 127.0.0.1}; set a host's address for multi-host jobs). */
    public static final String BIND_PROPERTY = "par4j.tcp.bind";
    private static final String PURPOSE = "par4j-tcp-link";
    private final ServerSocketChannel server;

    /** Opens this rank's listener. */
    public TcpMesh() {
        try {
            server = ServerSocketChannel.open();
            server.bind(new InetSocketAddress(System.getProperty(BIND_PROPERTY, "127.0.0.1"), 0), 64);
            server.configureBlocking(false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the TCP listener", e);
        }
    }

    /** @return the listener's host address */
    public String host() {
        return ((InetSocketAddress) localAddress()).getHostString();
    }

    /** @return the listener's port */
    public int port() {
        return ((InetSocketAddress) localAddress()).getPort();
    }

    private java.net.SocketAddress localAddress() {
        try {
            return server.getLocalAddress();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Builds the links.
     *
     * @param rank this rank
     * @param peers the ranks to reach over TCP
     * @param table every rank's endpoint, by rank
     * @param key the job key
     * @param links filled with a link per peer in {@code peers}
     * @param timeoutMillis deadline for the whole mesh
     */
    public void connect(int rank, Set<Integer> peers, List<Endpoint> table, JobKey key, PeerLink[] links, long timeoutMillis) {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        try {
            for (int p : peers) {
                if (p < rank) {
                    Endpoint e = table.get(p);
                    SocketChannel ch = SocketChannel.open(new InetSocketAddress(e.tcpHost(), e.tcpPort()));
                    Handshake.connect(ch, key, PURPOSE, rank);
                    links[p] = new TcpLink(ch, p);
                }
            }
            long expected = peers.stream().filter(p -> p > rank).count();
            for (int got = 0; got < expected; ) {
                SocketChannel ch = server.accept();
                if (ch == null) {
                    if (System.nanoTime() > deadline) {
                        throw new IOException("timed out waiting for " + (expected - got) + " TCP peers to connect");
                    }
                    Thread.sleep(1);
                    continue;
                }
                ch.configureBlocking(true);
                int id = Handshake.accept(ch, key, PURPOSE);
                if (!peers.contains(id) || id <= rank || links[id] != null) {
                    ch.close();
                    throw new IOException("unexpected TCP peer id " + id);
                }
                links[id] = new TcpLink(ch, id);
                got++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("rank " + rank + ": cannot connect the TCP links", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while connecting", e);
        }
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            // the listener is only needed during wiring
        }
    }
}
