package org.par4j.transport.tcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.net.InetSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.par4j.transport.LinkBrokenException;

class TcpLinkTest {
    private static final int CHUNK = TcpLink.CHUNK;
    /** More than loopback's socket buffers hold, so that writes are cut short and continued. */
    private static final int BIG = 8 * 1024 * 1024 + 3;

    private final Arena arena = Arena.ofConfined();
    private TcpLink a;
    private TcpLink b;

    @BeforeEach
    void connect() throws Exception {
        try (ServerSocketChannel server = ServerSocketChannel.open().bind(new InetSocketAddress("127.0.0.1", 0))) {
            SocketChannel out = SocketChannel.open(server.getLocalAddress());
            a = new TcpLink(out, 1);
            b = new TcpLink(server.accept(), 0);
        }
    }

    @AfterEach
    void close() {
        a.close();
        b.close();
        arena.close();
    }

    private MemorySegment segment(boolean nativeMemory, long size) {
        return nativeMemory ? arena.allocate(size) : MemorySegment.ofArray(new byte[(int) size]);
    }

    private static void fill(MemorySegment s, long seed) {
        byte[] bytes = new byte[(int) s.byteSize()];
        new Random(seed).nextBytes(bytes);
        MemorySegment.copy(MemorySegment.ofArray(bytes), 0, s, 0, bytes.length);
    }

    /** Writes and reads in turns on one thread (both ends are non-blocking) until all has crossed. */
    private void transfer(MemorySegment src, long srcOffset, MemorySegment dst, long dstOffset, long length) {
        long sent = 0;
        long got = 0;
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (got < length) {
            if (sent < length) {
                sent += a.write(src, srcOffset + sent, length - sent);
            }
            got += b.read(dst, dstOffset + got, length - got);
            assertThat(System.nanoTime()).as("transfer deadline").isLessThan(deadline);
        }
        assertThat(sent).isEqualTo(length);
    }

    /** Writes without reading until the socket refuses part of a write: the link then holds a staged rest. */
    private long fillSocket(MemorySegment src) {
        long taken = a.write(src, 0, src.byteSize());
        assertThat(taken).as("the socket filled up").isLessThan(src.byteSize());
        return taken;
    }

    @Test
    void shouldCarryHeapAndNativeMemoryEitherWayAtUnalignedOffsetsAcrossChunkBoundaries() {
        long[] sizes = {1, 7, CHUNK - 1, CHUNK, CHUNK + 1, 3L * CHUNK + 12_345, BIG};
        for (boolean srcNative : new boolean[] {false, true}) {
            for (boolean dstNative : new boolean[] {false, true}) {
                for (long size : sizes) {
                    MemorySegment src = segment(srcNative, size + 3);
                    MemorySegment dst = segment(dstNative, size + 5);
                    fill(src, size);
                    transfer(src, 3, dst, 5, size);
                    assertThat(MemorySegment.mismatch(src, 3, size + 3, dst, 5, size + 5))
                            .as("%d bytes, native source %s, native destination %s", size, srcNative, dstNative)
                            .isEqualTo(-1);
                }
            }
        }
    }

    @Test
    void shouldContinueAPartialWriteFromItsStagedCopy() {
        MemorySegment src = segment(false, BIG);
        fill(src, 1);
        MemorySegment original = segment(false, BIG).copyFrom(src);
        long taken = fillSocket(src);
        long stagedEnd = Math.min(BIG, (taken / CHUNK + 1) * CHUNK);
        // against the contract, to see which bytes were copied again: the staged ones must not be
        fill(src, 2);
        MemorySegment dst = segment(false, BIG);
        for (long sent = taken, got = 0; got < BIG; ) {
            if (sent < BIG) {
                sent += a.write(src, sent, BIG - sent);
            }
            got += b.read(dst, got, BIG - got);
        }
        assertThat(MemorySegment.mismatch(dst, 0, stagedEnd, original, 0, stagedEnd)).isEqualTo(-1);
        assertThat(MemorySegment.mismatch(dst, stagedEnd, BIG, src, stagedEnd, BIG)).isEqualTo(-1);
    }

    @Test
    void shouldWriteNoMoreThanAskedFromAStagedCopyAndDropItsRestForOtherBytes() {
        MemorySegment src = segment(false, BIG);
        fill(src, 3);
        long taken = fillSocket(src);
        MemorySegment dst = segment(false, BIG);
        drain(dst, 0, taken);
        long one = 0;
        while (one == 0) {
            one = a.write(src, taken, 1);
        }
        assertThat(one).isEqualTo(1);
        MemorySegment other = segment(false, 10);
        fill(other, 4);
        for (long n = 0; n < 10; ) {
            n += a.write(other, n, 10 - n);
        }
        drain(dst, taken, 11);
        assertThat(MemorySegment.mismatch(dst, 0, taken + 1, src, 0, taken + 1)).isEqualTo(-1);
        assertThat(MemorySegment.mismatch(dst, taken + 1, taken + 11, other, 0, 10)).isEqualTo(-1);
    }

    private void drain(MemorySegment dst, long offset, long length) {
        for (long got = 0; got < length; ) {
            got += b.read(dst, offset + got, length - got);
        }
    }

    @Test
    void shouldDeliverWhatArrivedBeforeThePeerClosedThenReportIt() {
        MemorySegment src = segment(false, 10);
        fill(src, 5);
        while (a.write(src, 0, 10) == 0) {
            Thread.onSpinWait();
        }
        a.close();
        MemorySegment heap = segment(false, 100);
        drain(heap, 0, 10);
        assertThat(MemorySegment.mismatch(heap, 0, 10, src, 0, 10)).isEqualTo(-1);
        assertThatThrownBy(() -> b.read(heap, 0, 100)).isInstanceOf(LinkBrokenException.class).hasMessageContaining("closed");
        assertThatThrownBy(() -> b.read(segment(true, 100), 0, 100)).isInstanceOf(LinkBrokenException.class);
    }
}
