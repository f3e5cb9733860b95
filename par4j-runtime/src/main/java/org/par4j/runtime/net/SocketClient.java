package org.par4j.runtime.net;

import java.io.IOException;
import java.net.SocketAddress;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import org.par4j.Connection;
import org.par4j.Par4jException;

/** Connects to a {@link SocketListener} and authenticates. */
public final class SocketClient {
    private SocketClient() {
    }

    /**
     * @param address the listener's address
     * @param authkey the secret
     * @return an authenticated connection
     */
    public static Connection connect(SocketAddress address, byte[] authkey) {
        byte[] key = Authentication.checkedKey(authkey);
        SocketChannel ch;
        try {
            ch = address instanceof UnixDomainSocketAddress ? SocketChannel.open(StandardProtocolFamily.UNIX)
                    : SocketChannel.open();
            try {
                ch.connect(address);
                if (!(address instanceof UnixDomainSocketAddress)) {
                    ch.socket().setTcpNoDelay(true);
                }
            } catch (IOException e) {
                ch.close();
                throw e;
            }
        } catch (IOException e) {
            throw new Par4jException("cannot connect to " + address + ": " + e.getMessage(), e);
        }
        try {
            Authentication.asClient(ch, key);
            return new SocketConnection(ch, address.toString());
        } catch (IOException e) {
            throw new Par4jException("authentication with " + address + " failed: " + e.getMessage(), e);
        }
    }
}
