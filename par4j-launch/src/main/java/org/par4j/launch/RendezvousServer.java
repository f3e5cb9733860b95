package org.par4j.launch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.InetSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.par4j.transport.Endpoint;
import org.par4j.transport.Handshake;
import org.par4j.transport.JobKey;
import org.par4j.transport.rendezvous.RendezvousProtocol;

/**
 * The launcher's rendezvous service on 127.0.0.1: authenticates each rank's connection (HMAC challenge
 * on the job key, before any line is read), collects endpoints, hands out the table, releases the ranks
 * once all have mapped their rings, and keeps the connections as control channels
 * ({@link RendezvousProtocol}). One thread accepts; one thread per rank reads.
 */
final class RendezvousServer implements AutoCloseable {
    private final int n;
    private final JobKey key;
    private final ServerSocketChannel server;
    private final Conn[] conns;
    private final Endpoint[] table;
    private int registered;
    private int mapped;
    private final BiConsumer<Integer, String> onAbort;
    private volatile boolean closed;

    RendezvousServer(int n, JobKey key, BiConsumer<Integer, String> onAbort) {
        this.n = n;
        this.key = key;
        this.onAbort = onAbort;
        this.conns = new Conn[n];
        this.table = new Endpoint[n];
        try {
            server = ServerSocketChannel.open().bind(new InetSocketAddress("127.0.0.1", 0), n + 8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the rendezvous socket", e);
        }
        Thread t = new Thread(this::acceptLoop, "par4j-rendezvous");
        t.setDaemon(true);
        t.start();
    }

    String address() {
        try {
            InetSocketAddress a = (InetSocketAddress) server.getLocalAddress();
            return a.getHostString() + ":" + a.getPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void acceptLoop() {
        while (!closed) {
            try {
                SocketChannel ch = server.accept();
                Thread t = new Thread(() -> serve(ch), "par4j-rendezvous-conn");
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(SocketChannel ch) {
        int rank = -1;
        try {
            ch.socket().setSoTimeout(0);
            rank = Handshake.accept(ch, key, RendezvousProtocol.PURPOSE);
            if (rank < 0 || rank >= n) {
                ch.close();
                return;
            }
            Conn c = new Conn(ch);
            synchronized (this) {
                if (conns[rank] != null) {
                    ch.close();
                    return;
                }
                conns[rank] = c;
            }
            for (String line; (line = c.in.readLine()) != null; ) {
                handle(rank, line);
            }
        } catch (IOException e) {
            // an unauthenticated or vanished peer: the process monitor reports dead ranks
        }
    }

    private void handle(int rank, String line) throws IOException {
        if (line.startsWith("REGISTER ")) {
            Endpoint e = Endpoint.parse(line.substring(9));
            synchronized (this) {
                table[rank] = e;
                if (++registered == n) {
                    for (Conn c : conns) {
                        StringBuilder sb = new StringBuilder("TABLE " + n + "\n");
                        for (Endpoint x : table) {
                            sb.append(x.format()).append('\n');
                        }
                        c.send(sb.toString().stripTrailing());
                    }
                }
            }
        } else if (line.equals("MAPPED")) {
            synchronized (this) {
                if (++mapped == n) {
                    for (Conn c : conns) {
                        c.send("GO");
                    }
                }
            }
        } else if (line.startsWith("ABORT ")) {
            String[] p = line.split(" ", 3);
            onAbort.accept(Integer.parseInt(p[1]), "rank " + rank + " aborted the job" + (p.length > 2 ? ": " + p[2] : ""));
        }
    }

    /** @param line a control line for every rank still connected */
    void broadcast(String line) {
        List<Conn> all;
        synchronized (this) {
            all = new ArrayList<>();
            for (Conn c : conns) {
                if (c != null) {
                    all.add(c);
                }
            }
        }
        for (Conn c : all) {
            c.send(line);
        }
    }

    @Override
    public void close() {
        closed = true;
        try {
            server.close();
        } catch (IOException e) {
            // closing at the end of the job
        }
        synchronized (this) {
            for (Conn c : conns) {
                if (c != null) {
                    c.close();
                }
            }
        }
    }

    /** One rank's control connection. */
    private static final class Conn {
        final SocketChannel ch;
        final BufferedReader in;
        final Writer out;

        Conn(SocketChannel ch) throws IOException {
            this.ch = ch;
            this.in = new BufferedReader(new InputStreamReader(ch.socket().getInputStream(), StandardCharsets.UTF_8));
            this.out = new java.io.OutputStreamWriter(ch.socket().getOutputStream(), StandardCharsets.UTF_8);
        }

        synchronized void send(String line) {
            try {
                out.write(line);
                out.write('\n');
                out.flush();
            } catch (IOException e) {
                // the rank is gone; its exit is reported by the process monitor
            }
        }

        void close() {
            try {
                ch.close();
            } catch (IOException e) {
                // closing at the end of the job
            }
        }
    }
}
