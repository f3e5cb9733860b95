package org.par4j.transport.rendezvous;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.InetSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.par4j.transport.Endpoint;
import org.par4j.transport.Handshake;
import org.par4j.transport.JobKey;

/**
 * A rank's connection to the launcher: registration, the endpoint table, then the control channel.
 * A daemon thread reads control lines after {@link #barrier()}; end-of-file means the launcher died, and
 * the rank halts at once, so no rank outlives its launcher (even one killed with -9).
 */
public final class RendezvousClient implements Directory {
    private final int rank;
    private final SocketChannel ch;
    private final BufferedReader in;
    private final Writer out;
    private volatile BiConsumer<Integer, String> onGone = (r, s) -> { };
    private volatile boolean closing;

    /**
     * @param address {@code host:port}
     * @param key the job key
     * @param rank this rank
     */
    public RendezvousClient(String address, JobKey key, int rank) {
        this.rank = rank;
        int colon = address.lastIndexOf(':');
        try {
            ch = SocketChannel.open(new InetSocketAddress(address.substring(0, colon), Integer.parseInt(address.substring(colon + 1))));
            Handshake.connect(ch, key, RendezvousProtocol.PURPOSE, rank);
            in = new BufferedReader(new InputStreamReader(ch.socket().getInputStream(), StandardCharsets.UTF_8));
            out = new java.io.OutputStreamWriter(ch.socket().getOutputStream(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("rank " + rank + ": cannot reach the launcher at " + address, e);
        }
    }

    @Override
    public List<Endpoint> exchange(Endpoint mine) {
        try {
            send("REGISTER " + mine.format());
            String head = expect("TABLE ");
            int n = Integer.parseInt(head.substring(6).trim());
            List<Endpoint> all = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                all.add(Endpoint.parse(in.readLine()));
            }
            return all;
        } catch (IOException e) {
            throw new UncheckedIOException("rank " + rank + ": rendezvous failed", e);
        }
    }

    @Override
    public void barrier() {
        try {
            send("MAPPED");
            expect("GO");
        } catch (IOException e) {
            throw new UncheckedIOException("rank " + rank + ": rendezvous failed", e);
        }
        Thread t = new Thread(this::readControl, "par4j-rank-control");
        t.setDaemon(true);
        t.start();
    }

    @Override
    public void onRankGone(BiConsumer<Integer, String> onRankGone) {
        this.onGone = onRankGone;
    }

    @Override
    public void abort(int code, String reason) {
        try {
            send("ABORT " + code + " " + reason.replace('\n', ' '));
        } catch (IOException e) {
            // the launcher is gone: the caller halts anyway
        }
    }

    private void readControl() {
        try {
            for (String line; (line = in.readLine()) != null; ) {
                if (line.startsWith("GONE ")) {
                    String[] p = line.split(" ", 3);
                    onGone.accept(Integer.parseInt(p[1]), p.length > 2 ? p[2] : "");
                } else if (line.startsWith("STOP")) {
                    onGone.accept(-1, line.length() > 5 ? line.substring(5) : "the job is stopping");
                }
            }
        } catch (IOException e) {
            // treated as end-of-file below
        }
        if (!closing) {
            System.err.println("par4j: rank " + rank + ": lost the launcher; exiting");
            Runtime.getRuntime().halt(143);
        }
    }

    private synchronized void send(String line) throws IOException {
        out.write(line);
        out.write('\n');
        out.flush();
    }

    private String expect(String prefix) throws IOException {
        String line = in.readLine();
        if (line == null || !line.startsWith(prefix)) {
            throw new IOException("expected " + prefix.trim() + " from the launcher, got " + line);
        }
        return line;
    }

    @Override
    public void close() {
        closing = true;
        try {
            ch.close();
        } catch (IOException e) {
            // closing at exit
        }
    }
}
