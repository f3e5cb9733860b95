package org.par4j.runtime.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.par4j.runtime.testing.Timeouts;

class HandshakeTest {

    private static CompletableFuture<Long> serve(SocketPair pair, long id, byte[] key) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return Handshake.server(pair.b(), k -> k == id ? key : null);
            } catch (IOException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        });
    }

    @Test
    void shouldAcceptPeerHoldingTheSecret() throws Exception {
        byte[] key = Handshake.newSecret();
        try (SocketPair pair = SocketPair.open()) {
            CompletableFuture<Long> server = serve(pair, 7, key);
            Handshake.client(pair.a(), 7, key);
            assertThat(server.get(Timeouts.seconds(10).toMillis(), TimeUnit.MILLISECONDS)).isEqualTo(7);
        }
    }

    @Test
    void shouldRejectWrongSecretOnBothSides() throws Exception {
        try (SocketPair pair = SocketPair.open()) {
            CompletableFuture<Long> server = serve(pair, 7, Handshake.newSecret());
            assertThatThrownBy(() -> Handshake.client(pair.a(), 7, Handshake.newSecret()))
                    .isInstanceOf(IOException.class).hasMessageContaining("authentication failed");
            assertThatThrownBy(() -> server.get(Timeouts.seconds(10).toMillis(), TimeUnit.MILLISECONDS))
                    .isInstanceOf(ExecutionException.class);
        }
    }

    @Test
    void shouldRejectUnknownId() throws Exception {
        byte[] key = Handshake.newSecret();
        try (SocketPair pair = SocketPair.open()) {
            CompletableFuture<Long> server = serve(pair, 7, key);
            assertThatThrownBy(() -> Handshake.client(pair.a(), 8, key)).isInstanceOf(IOException.class);
            assertThatThrownBy(() -> server.get(Timeouts.seconds(10).toMillis(), TimeUnit.MILLISECONDS))
                    .isInstanceOf(ExecutionException.class);
        }
    }

    @Test
    void shouldRejectGarbageGreeting() throws Exception {
        try (SocketPair pair = SocketPair.open()) {
            CompletableFuture<Long> server = serve(pair, 7, Handshake.newSecret());
            pair.a().write(java.nio.ByteBuffer.wrap(new byte[44]));
            assertThatThrownBy(() -> server.get(Timeouts.seconds(10).toMillis(), TimeUnit.MILLISECONDS))
                    .isInstanceOf(ExecutionException.class).hasMessageContaining("bad greeting");
        }
    }

    @Test
    void shouldRoundTripSecretAsHex() {
        byte[] key = Handshake.newSecret();
        assertThat(Handshake.fromHex(Handshake.toHex(key))).isEqualTo(key);
        assertThat(key).hasSize(Handshake.KEY_BYTES);
    }
}
