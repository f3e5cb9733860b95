package org.par4j.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class HandshakeTest {

    private static CompletableFuture<Integer> acceptOne(ServerSocketChannel server, JobKey key) {
        return CompletableFuture.supplyAsync(() -> {
            try (SocketChannel ch = server.accept()) {
                return Handshake.accept(ch, key, "test");
            } catch (IOException e) {
                throw new RuntimeException(e);
            }
        });
    }

    @Test
    void shouldAuthenticateBothSidesWithTheJobKey() throws Exception {
        JobKey key = JobKey.random();
        try (ServerSocketChannel server = ServerSocketChannel.open().bind(new InetSocketAddress("127.0.0.1", 0))) {
            CompletableFuture<Integer> accepted = acceptOne(server, key);
            try (SocketChannel ch = SocketChannel.open(server.getLocalAddress())) {
                Handshake.connect(ch, JobKey.fromHex(key.hex()), "test", 42);
            }
            assertThat(accepted.get(30, TimeUnit.SECONDS)).isEqualTo(42);
        }
    }

    @Test
    void shouldRejectAPeerWithAnotherKeyBeforeReadingAnythingElse() throws Exception {
        try (ServerSocketChannel server = ServerSocketChannel.open().bind(new InetSocketAddress("127.0.0.1", 0))) {
            CompletableFuture<Integer> accepted = acceptOne(server, JobKey.random());
            try (SocketChannel ch = SocketChannel.open(server.getLocalAddress())) {
                assertThatThrownBy(() -> Handshake.connect(ch, JobKey.random(), "test", 1)).isInstanceOf(IOException.class);
            }
            assertThatThrownBy(() -> accepted.get(30, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                    .hasMessageContaining("wrong job key");
        }
    }

    @Test
    void shouldNotAcceptAReplyMeantForAnotherPurpose() throws Exception {
        JobKey key = JobKey.random();
        try (ServerSocketChannel server = ServerSocketChannel.open().bind(new InetSocketAddress("127.0.0.1", 0))) {
            CompletableFuture<Integer> accepted = acceptOne(server, key);
            try (SocketChannel ch = SocketChannel.open(server.getLocalAddress())) {
                assertThatThrownBy(() -> Handshake.connect(ch, key, "other", 1)).isInstanceOf(IOException.class);
            }
            assertThatThrownBy(() -> accepted.get(30, TimeUnit.SECONDS)).hasMessageContaining("wrong job key");
        }
    }
}
