package org.par4j.runtime.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.par4j.ChannelClosedException;
import org.par4j.Client;
import org.par4j.Connection;
import org.par4j.JvmProcess;
import org.par4j.Listener;
import org.par4j.Par4jException;
import org.par4j.runtime.testkit.Timeouts;
import org.par4j.runtime.wire.Codecs;
import org.par4j.runtime.wire.WireOutput;

/** Listener and Client: authenticated connections between processes, over TCP and Unix sockets. */
class ListenerClientTest {
    private static final Duration WAIT = Duration.ofSeconds(120);
    private static final byte[] KEY = "secret password".getBytes(StandardCharsets.UTF_8);

    /** Counts its constructions: a decoded message would call the canonical constructor. */
    record Tripwire(int value) {
        static final AtomicInteger BUILT = new AtomicInteger();

        Tripwire {
            BUILT.incrementAndGet();
        }
    }

    @Test
    void shouldExchangeObjectsAndBytesWithAClientInAnotherProcessOverTcp() throws Exception {
        try (Listener listener = Listener.bindLocal(KEY)) {
            assertThat(((InetSocketAddress) listener.address()).getAddress().isLoopbackAddress()).isTrue();
            SocketAddress address = listener.address();
            JvmProcess child = new JvmProcess(() -> {
                try (Connection c = Client.connect(address, KEY)) {
                    c.send(List.of("hello", 42));
                    c.sendBytes(c.recvBytes());
                }
            }).start();
            try (Connection conn = listener.accept()) {
                assertThat(conn.<List<Object>>recv()).containsExactly("hello", 42);
                byte[] big = new byte[3 << 20];
                big[big.length - 1] = 9;
                conn.sendBytes(big);
                assertThat(conn.recvBytes()).isEqualTo(big);
                assertThat(conn.poll(Timeouts.scaled(WAIT))).isTrue();
                assertThatThrownBy(conn::recv).isInstanceOf(ChannelClosedException.class);
            }
            assertThat(child.join(Timeouts.scaled(WAIT))).isTrue();
            assertThat(child.exitCode()).hasValue(0);
        }
    }

    @Test
    void shouldConnectOverAUnixSocket() throws Exception {
        Path dir = Files.createTempDirectory("par4j-listener");
        UnixDomainSocketAddress address = UnixDomainSocketAddress.of(dir.resolve("s"));
        try (Listener listener = Listener.bind(address, KEY)) {
            CompletableFuture<Connection> accepted = CompletableFuture.supplyAsync(listener::accept);
            try (Connection c = Client.connect(address, KEY); Connection s = accepted.get(60, TimeUnit.SECONDS)) {
                assertThat(s.poll(Duration.ofMillis(20))).isFalse();
                c.send(3.5);
                assertThat(s.<Double>recv()).isEqualTo(3.5);
                s.send("back");
                assertThat(c.<String>recv()).isEqualTo("back");
            }
        } finally {
            Files.deleteIfExists(dir.resolve("s"));
            Files.delete(dir);
        }
    }

    @Test
    void shouldRefuseAClientWithTheWrongKeyOnBothSides() throws Exception {
        try (Listener listener = Listener.bindLocal(KEY)) {
            CompletableFuture<Connection> accepted = CompletableFuture.supplyAsync(listener::accept);
            assertThatThrownBy(() -> Client.connect(listener.address(), "wrong".getBytes(StandardCharsets.UTF_8)))
                    .isInstanceOf(Par4jException.class).hasMessageContaining("authentication");
            assertThatThrownBy(() -> accepted.get(60, TimeUnit.SECONDS)).hasCauseInstanceOf(Par4jException.class)
                    .hasMessageContaining("refused");
        }
    }

    @Test
    void shouldDeserializeNothingFromAPeerThatFailsAuthentication() throws Exception {
        WireOutput payload = new WireOutput(64);
        Codecs.objects().encode(new Tripwire(1), payload);
        int builtBefore = Tripwire.BUILT.get();
        try (Listener listener = Listener.bindLocal(KEY)) {
            CompletableFuture<Connection> accepted = CompletableFuture.supplyAsync(listener::accept);
            try (SocketChannel raw = SocketChannel.open(listener.address())) {
                // A greeting, then a forged answer to the challenge, then a framed object right behind.
                ByteBuffer b = ByteBuffer.allocate(4 + 8 + 32 + 32 + 8 + payload.size()).order(ByteOrder.LITTLE_ENDIAN);
                b.put("P4J1".getBytes(StandardCharsets.US_ASCII)).putLong(0).put(new byte[32]);
                b.put(new byte[32]).putLong(payload.size()).put(payload.array(), 0, payload.size()).flip();
                while (b.hasRemaining()) {
                    raw.write(b);
                }
                assertThatThrownBy(() -> accepted.get(60, TimeUnit.SECONDS)).hasMessageContaining("authentication failed");
            }
        }
        assertThat(Tripwire.BUILT.get()).isEqualTo(builtBefore);
    }

    @Test
    void shouldRequireAKey() {
        assertThatThrownBy(() -> Listener.bindLocal(new byte[0])).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("authkey");
    }
}
