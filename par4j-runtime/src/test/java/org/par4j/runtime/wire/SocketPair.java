package org.par4j.runtime.wire;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;

/** Two connected Unix-domain socket channels for tests. */
record SocketPair(SocketChannel a, SocketChannel b, Path dir) implements AutoCloseable {

    static SocketPair open() throws IOException {
        Path dir = Files.createTempDirectory("par4j-test-");
        Path sock = dir.resolve("s");
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            server.bind(UnixDomainSocketAddress.of(sock));
            SocketChannel a = SocketChannel.open(StandardProtocolFamily.UNIX);
            a.connect(UnixDomainSocketAddress.of(sock));
            SocketChannel b = server.accept();
            return new SocketPair(a, b, dir);
        }
    }

    @Override
    public void close() throws IOException {
        a.close();
        b.close();
        Files.deleteIfExists(dir.resolve("s"));
        Files.deleteIfExists(dir);
    }
}
