package org.par4j.runtime.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.par4j.runtime.testing.Timeouts;

class FrameChannelTest {

    @Test
    void shouldCarryManySmallFramesInOneFlush() throws Exception {
        try (SocketPair pair = SocketPair.open()) {
            FrameChannel out = new FrameChannel(pair.a());
            FrameChannel in = new FrameChannel(pair.b());
            for (int i = 0; i < 1000; i++) {
                out.startFrame().writeInt(i);
                out.endFrame();
            }
            out.flush();
            for (int i = 0; i < 1000; i++) {
                WireInput f = in.readFrame();
                assertThat(f.remaining()).isEqualTo(4);
                assertThat(f.readInt()).isEqualTo(i);
            }
            assertThat(in.hasBufferedFrame()).isFalse();
        }
    }

    @Test
    void shouldPollBrieflyForInputAndLeaveTheChannelBlocking() throws Exception {
        try (SocketPair pair = SocketPair.open()) {
            FrameChannel out = new FrameChannel(pair.a());
            FrameChannel in = new FrameChannel(pair.b());
            long t0 = System.nanoTime();
            assertThat(in.pollBriefly(TimeUnit.MILLISECONDS.toNanos(20))).as("nothing sent").isFalse();
            assertThat(System.nanoTime() - t0).isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(20));
            assertThat(pair.b().isBlocking()).isTrue();
            assertThat(in.pollBriefly(0)).isFalse();
            CompletableFuture<Void> later = CompletableFuture.runAsync(() -> {
                try {
                    Thread.sleep(5);
                    out.startFrame().writeLong(42);
                    out.endFrame();
                    out.startFrame().writeLong(43);
                    out.endFrame();
                    out.flush();
                } catch (IOException | InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            });
            assertThat(in.pollBriefly(Timeouts.seconds(30).toNanos())).as("a frame sent while it polls").isTrue();
            later.get(30, TimeUnit.SECONDS);
            assertThat(pair.b().isBlocking()).isTrue();
            assertThat(in.readFrame().readLong()).isEqualTo(42);
            assertThat(in.pollBriefly(1)).as("the second frame is buffered or comes now").isTrue();
            assertThat(in.readFrame().readLong()).isEqualTo(43);
            pair.a().close();
            assertThat(in.pollBriefly(Timeouts.seconds(30).toNanos())).as("end of stream ends the poll").isTrue();
            assertThatThrownBy(in::readFrame).isInstanceOf(EOFException.class);
        }
    }

    @Test
    void shouldCarryFramesLargerThanItsBuffers() throws Exception {
        byte[] big = new byte[3 << 20];
        new Random(42).nextBytes(big);
        try (SocketPair pair = SocketPair.open()) {
            FrameChannel out = new FrameChannel(pair.a());
            FrameChannel in = new FrameChannel(pair.b());
            CompletableFuture<byte[]> received = CompletableFuture.supplyAsync(() -> {
                try {
                    WireInput f = in.readFrame();
                    byte[] got = new byte[f.remaining()];
                    f.readBytes(got, 0, got.length);
                    return got;
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
            out.startFrame().writeBytes(big, 0, big.length);
            out.endFrame();
            out.flush();
            assertThat(received.get(Timeouts.seconds(20).toMillis(), TimeUnit.MILLISECONDS)).isEqualTo(big);
        }
    }

    @Test
    void shouldDropAbortedFrame() throws Exception {
        try (SocketPair pair = SocketPair.open()) {
            FrameChannel out = new FrameChannel(pair.a());
            FrameChannel in = new FrameChannel(pair.b());
            out.startFrame().writeLong(1);
            out.abortFrame();
            out.startFrame().writeLong(2);
            out.endFrame();
            out.flush();
            assertThat(in.readFrame().readLong()).isEqualTo(2);
        }
    }

    @Test
    void shouldReportEndOfFileAndBadLengths() throws Exception {
        try (SocketPair pair = SocketPair.open()) {
            FrameChannel in = new FrameChannel(pair.b());
            ByteBuffer bad = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(-5).flip();
            pair.a().write(bad);
            assertThatThrownBy(in::readFrame).isInstanceOf(IOException.class).hasMessageContaining("bad frame length");
        }
        try (SocketPair pair = SocketPair.open()) {
            FrameChannel in = new FrameChannel(pair.b());
            pair.a().close();
            assertThatThrownBy(in::readFrame).isInstanceOf(EOFException.class);
        }
    }

    @Test
    void shouldCloseFromItsSoleUserSoThatThePeerReadsTheLastFrameThenEndOfFile() throws Exception {
        try (SocketPair pair = SocketPair.open()) {
            FrameChannel out = new FrameChannel(pair.a());
            FrameChannel in = new FrameChannel(pair.b());
            out.startFrame().writeLong(42);
            out.endFrame();
            out.flush();
            out.closeFromSoleUser();
            assertThat(pair.a().isOpen()).isFalse();
            assertThat(in.readFrame().readLong()).isEqualTo(42);
            assertThatThrownBy(in::readFrame).isInstanceOf(EOFException.class);
        }
    }
}
