package org.par4j.runtime.net;

import java.io.IOException;
import java.net.SocketAddress;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import org.par4j.Connection;
import org.par4j.Listener;
import org.par4j.Par4jException;

/** A {@link Listener} on TCP or a Unix socket; each accepted socket authenticates before it becomes a connection. */
public final class SocketListener implements Listener {
    private final ServerSocketChannel server;
    private final byte[] authkey;
    private final SocketAddress address;

    private SocketListener(ServerSocketChannel server, byte[] authkey) throws IOException {
        this.server = server;
        this.authkey = authkey;
        this.address = server.getLocalAddress();
    }

    /**
     * @param address where to listen
     * @param authkey the secret
     * @return the listener
     */
    public static SocketListener bind(SocketAddress address, byte[] authkey) {
        byte[] key = Authentication.checkedKey(authkey);
        try {
            ServerSocketChannel s = address instanceof UnixDomainSocketAddress
                    ? ServerSocketChannel.open(StandardProtocolFamily.UNIX) : ServerSocketChannel.open();
            try {
                s.bind(address);
                return new SocketListener(s, key);
            } catch (IOException e) {
                s.close();
                throw e;
            }
        } catch (IOException e) {
            throw new Par4jException("cannot listen on " + address + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Connection accept() {
        SocketChannel ch;
        try {
            ch = server.accept();
        } catch (IOException e) {
            throw new Par4jException("listener on " + address + " cannot accept: " + e.getMessage(), e);
        }
        String peer = peerName(ch);
        try {
            if (!(address instanceof UnixDomainSocketAddress)) {
                ch.socket().setTcpNoDelay(true);   // replies are small: Nagle would hold them for the peer's delayed ACK
            }
            Authentication.asServer(ch, authkey);
            return new SocketConnection(ch, peer);
        } catch (IOException e) {
            throw new Par4jException("refused a connection from " + peer + ": " + e.getMessage(), e);
        }
    }

    private static String peerName(SocketChannel ch) {
        try {
            SocketAddress a = ch.getRemoteAddress();
            return a == null || a.toString().isEmpty() ? "a local process" : a.toString();
        } catch (IOException e) {
            return "an unknown peer";
        }
    }

    @Override
    public SocketAddress address() {
        return address;
    }

    @Override
    public void close() {
        try {
            server.close();
            if (address instanceof UnixDomainSocketAddress u) {
                Files.deleteIfExists(u.getPath());
            }
        } catch (IOException e) {
            throw new Par4jException("cannot close the listener on " + address + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return "Listener on " + address;
    }
}
