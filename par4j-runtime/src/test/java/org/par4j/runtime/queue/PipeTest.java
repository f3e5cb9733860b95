package org.par4j.runtime.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;
import org.par4j.ChannelClosedException;
import org.par4j.Connection;
import org.par4j.JvmProcess;
import org.par4j.Pipe;
import org.par4j.runtime.testkit.Timeouts;

/** Pipes between processes: objects, bytes, large messages, polling, closing and dead peers. */
class PipeTest {
    private static final Duration WAIT = Duration.ofSeconds(120);

    @Test
    void shouldPingPongObjectsBetweenTwoProcesses() throws Exception {
        Pipe pipe = Pipe.create();
        Connection mine = pipe.first();
        Connection theirs = pipe.second();
        JvmProcess child = new JvmProcess(() -> {
            for (int i = 0; i < 1000; i++) {
                Map<String, Object> m = theirs.recv();
                theirs.send(Map.of("n", (Integer) m.get("n") + 1, "echo", m.get("echo")));
            }
        }).start();
        for (int i = 0; i < 1000; i++) {
            mine.send(Map.of("n", i, "echo", List.of("x", i)));
            Map<String, Object> back = mine.recv();
            assertThat(back).containsEntry("n", i + 1).containsEntry("echo", List.of("x", i));
        }
        assertThat(child.join(Timeouts.scaled(WAIT))).isTrue();
        assertThat(child.exitCode()).hasValue(0);
        mine.close();
        theirs.close();
    }

    @Test
    void shouldStreamByteMessagesLargerThanTheRingBetweenProcesses() throws Exception {
        Pipe pipe = Pipe.create(false);
        Connection receiver = pipe.first();
        Connection sender = pipe.second();
        int size = (int) (IpcProperties.RING_BYTES * 5 + 13);
        JvmProcess child = new JvmProcess(() -> {
            byte[] big = pattern(size);
            sender.sendBytes(big);
            sender.sendBytes(new byte[0]);
            sender.sendBytes(big, 7, 1000);
        }).start();
        byte[] got = receiver.recvBytes();
        assertThat(crc(got)).isEqualTo(crc(pattern(size)));
        assertThat(receiver.recvBytes()).isEmpty();
        byte[] buf = new byte[2000];
        assertThat(receiver.recvBytesInto(buf, 100)).isEqualTo(1000);
        assertThat(Arrays.copyOfRange(buf, 100, 1100)).isEqualTo(Arrays.copyOfRange(pattern(size), 7, 1007));
        assertThat(child.join(Timeouts.scaled(WAIT))).isTrue();
        assertThat(child.exitCode()).hasValue(0);
    }

    @Test
    void shouldSendLargePrimitiveArraysAsObjectsInStepWithSmallOnes() throws Exception {
        Pipe pipe = Pipe.create(false);
        Connection receiver = pipe.first();
        Connection sender = pipe.second();
        int n = (int) (IpcProperties.RING_BYTES / 8 * 3 + 5); // three rings' worth of doubles
        JvmProcess child = new JvmProcess(() -> {
            double[] d = new double[n];
            Arrays.setAll(d, i -> i * 0.5);
            sender.send(d);
            sender.send("between");
            sender.send(new int[] {1, 2, 3});
            sender.send(pattern(100_000));
        }).start();
        double[] d = receiver.recv();
        assertThat(d).hasSize(n);
        assertThat(d[n - 1]).isEqualTo((n - 1) * 0.5);
        assertThat(d[12345]).isEqualTo(12345 * 0.5);
        assertThat((String) receiver.recv()).isEqualTo("between");
        assertThat((int[]) receiver.recv()).containsExactly(1, 2, 3);
        assertThat((byte[]) receiver.recv()).isEqualTo(pattern(100_000));
        assertThat(child.join(Timeouts.scaled(WAIT))).isTrue();
        assertThat(child.exitCode()).hasValue(0);
    }

    @Test
    void shouldMoveNativeMemoryMessagesThroughTheRing() {
        Pipe pipe = Pipe.create();
        try (Arena arena = Arena.ofShared()) {
            MemorySegment src = arena.allocate(3 * IpcProperties.RING_BYTES / 2);
            for (long i = 0; i < src.byteSize(); i += 8) {
                src.set(ValueLayout.JAVA_LONG_UNALIGNED, i, i * 31);
            }
            MemorySegment dst = arena.allocate(src.byteSize());
            Thread t = Thread.ofPlatform().start(() -> pipe.second().sendBytes(src));
            assertThat(pipe.first().recvBytesInto(dst)).isEqualTo(src.byteSize());
            assertThat(dst.mismatch(src)).isEqualTo(-1);
            join(t);
        }
        pipe.first().close();
        pipe.second().close();
    }

    @Test
    void shouldLeaveAMessageUnreadWhenTheBufferIsTooShort() {
        Pipe pipe = Pipe.create();
        pipe.second().sendBytes(new byte[] {1, 2, 3, 4, 5});
        assertThatThrownBy(() -> pipe.first().recvBytesInto(new byte[4], 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("5 bytes");
        assertThat(pipe.first().recvBytes()).containsExactly(1, 2, 3, 4, 5);
        pipe.first().close();
        pipe.second().close();
    }

    @Test
    void shouldPollWithATimeoutAcrossProcesses() throws Exception {
        Pipe pipe = Pipe.create();
        Connection mine = pipe.first();
        Connection theirs = pipe.second();
        assertThat(mine.poll()).isFalse();
        assertThat(mine.poll(Duration.ofMillis(50))).isFalse();
        JvmProcess child = new JvmProcess(() -> theirs.send("late")).start();
        assertThat(mine.poll(Timeouts.scaled(WAIT))).isTrue();
        assertThat(mine.<String>recv()).isEqualTo("late");
        assertThat(child.join(Timeouts.scaled(WAIT))).isTrue();
    }

    @Test
    void shouldSeeEndOfStreamAfterTheOtherProcessClosesItsEnd() throws Exception {
        Pipe pipe = Pipe.create();
        Connection mine = pipe.first();
        Connection theirs = pipe.second();
        JvmProcess child = new JvmProcess(() -> {
            theirs.send(1);
            theirs.send(2);
            theirs.close();
        }).start();
        assertThat(mine.<Integer>recv()).isEqualTo(1);
        assertThat(mine.<Integer>recv()).isEqualTo(2);
        assertThatThrownBy(mine::recv).isInstanceOf(ChannelClosedException.class).hasMessageContaining("closed");
        assertThat(mine.poll()).isTrue();
        assertThatThrownBy(() -> mine.send("x")).isInstanceOf(ChannelClosedException.class);
        assertThat(child.join(Timeouts.scaled(WAIT))).isTrue();
        mine.close();
    }

    @Test
    void shouldRaiseNamingThePidWhenThePeerProcessIsKilled() throws Exception {
        Pipe pipe = Pipe.create();
        Connection mine = pipe.first();
        Connection theirs = pipe.second();
        JvmProcess child = new JvmProcess(() -> {
            theirs.send("alive");
            try {
                Thread.sleep(Duration.ofMinutes(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }).start();
        assertThat(mine.<String>recv()).isEqualTo("alive");
        child.kill();
        assertThat(child.join(Timeouts.scaled(WAIT))).isTrue();
        assertThatThrownBy(mine::recv).isInstanceOf(ChannelClosedException.class)
                .hasMessageContaining("process " + child.pid())
                .satisfies(e -> assertThat(((ChannelClosedException) e).peerPid()).isEqualTo(child.pid()));
        mine.close();
    }

    @Test
    void shouldRefuseTheWrongDirectionOfAOneWayPipe() {
        Pipe pipe = Pipe.create(false);
        assertThatThrownBy(() -> pipe.first().send(1)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("only receives");
        assertThatThrownBy(() -> pipe.second().recv()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("only sends");
        pipe.first().close();
        pipe.second().close();
    }

    static byte[] pattern(int size) {
        byte[] b = new byte[size];
        for (int i = 0; i < size; i++) {
            b[i] = (byte) (i * 7 + (i >>> 11));
        }
        return b;
    }

    private static long crc(byte[] b) {
        CRC32 c = new CRC32();
        c.update(b);
        return c.getValue();
    }

    private static void join(Thread t) {
        try {
            t.join(Timeouts.scaled(WAIT));
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        assertThat(t.isAlive()).isFalse();
    }
}
