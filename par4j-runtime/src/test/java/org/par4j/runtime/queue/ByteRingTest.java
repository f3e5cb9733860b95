package org.par4j.runtime.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Messages written in two pieces and read past a peeked prefix, across the ring's end and longer than it. */
class ByteRingTest {
    private static final long CAPACITY = 4096;

    @Test
    void shouldCarryTwoPieceMessagesAcrossTheEndOfTheRing() {
        try (Arena arena = Arena.ofConfined()) {
            ByteRing ring = new ByteRing(arena.allocate(ByteRing.regionBytes(CAPACITY), 64));
            Random random = new Random(7);
            for (int i = 0; i < 200; i++) { // 200 messages of up to 1.5 KB wrap a 4 KiB ring many times
                byte[] head = bytes(random, random.nextInt(1, 7));
                byte[] tail = bytes(random, random.nextInt(0, 1500));
                ring.write(MemorySegment.ofArray(head), MemorySegment.ofArray(tail), new NoWait());
                long len = ring.peekLength(new NoWait());
                assertThat(len).isEqualTo(head.length + tail.length);
                byte[] first = new byte[head.length];
                ring.peek(first, head.length, new NoWait());
                assertThat(first).isEqualTo(head);
                byte[] rest = new byte[tail.length];
                ring.read(MemorySegment.ofArray(rest), 0, len, head.length, new NoWait());
                assertThat(rest).isEqualTo(tail);
                assertThat(ring.hasData()).isFalse();
            }
        }
    }

    @Test
    void shouldStreamATwoPieceMessageLongerThanTheRingToAConcurrentReader() throws Exception {
        try (Arena arena = Arena.ofShared()) {
            ByteRing ring = new ByteRing(arena.allocate(ByteRing.regionBytes(CAPACITY), 64));
            Random random = new Random(11);
            byte[] head = bytes(random, 5);
            byte[] tail = bytes(random, 100_000);
            CompletableFuture<byte[]> reader = CompletableFuture.supplyAsync(() -> {
                long len = ring.peekLength(new NoWait());
                byte[] first = new byte[5];
                ring.peek(first, 5, new NoWait());
                byte[] all = Arrays.copyOf(first, (int) len);
                ring.read(MemorySegment.ofArray(all), 5, len, 5, new NoWait());
                return all;
            });
            ring.write(MemorySegment.ofArray(head), MemorySegment.ofArray(tail), new NoWait());
            byte[] expected = Arrays.copyOf(head, head.length + tail.length);
            System.arraycopy(tail, 0, expected, head.length, tail.length);
            assertThat(reader.get(60, TimeUnit.SECONDS)).isEqualTo(expected);
        }
    }

    private static byte[] bytes(Random random, int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }

    /** Waits without peers to check and without a deadline. */
    private static final class NoWait extends RingWait {
        NoWait() {
            super(null);
        }

        @Override
        void checkPeers(boolean sliceRanOut) {
        }

        @Override
        RuntimeException timedOut() {
            return new IllegalStateException("no deadline");
        }
    }
}
