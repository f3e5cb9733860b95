package org.par4j.transport.shm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpscByteRingTest {
    private static final double FACTOR = Double.parseDouble(System.getProperty("par4j.test.timeoutFactor", "1"));

    @ParameterizedTest
    @ValueSource(longs = {64, 4096, 1 << 16})
    void shouldCarryARandomStreamInRandomPiecesAcrossThreads(long capacity) throws Exception {
        try (Arena arena = Arena.ofShared()) {
            SpscByteRing ring = SpscByteRing.format(arena.allocate(SpscRingDescriptor.fileSize(capacity), 128), capacity);
            byte[] data = new byte[2_000_000];
            new SplittableRandom(capacity).nextBytes(data);
            byte[] got = new byte[data.length];
            CompletableFuture<Void> consumer = CompletableFuture.runAsync(() -> {
                SplittableRandom r = new SplittableRandom(2);
                MemorySegment dst = MemorySegment.ofArray(got);
                for (long done = 0; done < got.length; ) {
                    done += ring.read(dst, done, Math.min(got.length - done, 1 + r.nextInt((int) capacity * 2)));
                }
            });
            SplittableRandom r = new SplittableRandom(1);
            MemorySegment src = MemorySegment.ofArray(data);
            for (long done = 0; done < data.length; ) {
                done += ring.write(src, done, Math.min(data.length - done, 1 + r.nextInt((int) capacity * 2)));
            }
            consumer.get((long) (60 * FACTOR), TimeUnit.SECONDS);
            assertThat(got).isEqualTo(data);
        }
    }

    @Test
    void shouldWriteAndReadSmallFramesInPlaceAndRefuseWhatWrapsOrIsNotThere() {
        try (Arena arena = Arena.ofConfined()) {
            SpscByteRing ring = SpscByteRing.format(arena.allocate(SpscRingDescriptor.fileSize(256), 128), 256);
            assertThat(ring.arrivedInPlace(1)).as("nothing published").isEqualTo(-1);
            long at = ring.writableInPlace(192);
            assertThat(at).isZero();
            ring.data().set(java.lang.foreign.ValueLayout.JAVA_LONG, at, 42L);
            assertThat(ring.arrivedInPlace(8)).as("written but not committed").isEqualTo(-1);
            ring.commit(192);
            assertThat(ring.writableInPlace(128)).as("64 bytes free").isEqualTo(-1);
            assertThatThrownBy(() -> ring.commit(65)).isInstanceOf(IllegalArgumentException.class);
            assertThat(ring.arrivedInPlace(192)).isZero();
            assertThat(ring.arrivedInPlace(193)).isEqualTo(-1);
            assertThat(ring.data().get(java.lang.foreign.ValueLayout.JAVA_LONG, 0)).isEqualTo(42L);
            ring.consume(128);
            assertThatThrownBy(() -> ring.consume(65)).isInstanceOf(IllegalArgumentException.class);
            assertThat(ring.writableInPlace(64)).isEqualTo(192);
            assertThat(ring.writableInPlace(128)).as("free, but it would wrap around the end").isEqualTo(-1);
            // the general calls carry on from where the in-place ones left off
            MemorySegment out = MemorySegment.ofArray(new byte[64]);
            assertThat(ring.read(out, 0, 64)).isEqualTo(64);
            assertThat(ring.arrivedInPlace(1)).isEqualTo(-1);
        }
    }

    @Test
    void shouldWriteAtMostAnEighthOfTheRingAtATimeAndNoShortPieces() {
        try (Arena arena = Arena.ofConfined()) {
            SpscByteRing ring = SpscByteRing.format(arena.allocate(SpscRingDescriptor.fileSize(1024), 128), 1024);
            MemorySegment big = MemorySegment.ofArray(new byte[2048]);
            for (int i = 0; i < 7; i++) {
                assertThat(ring.write(big, 0, 1000)).as("a piece the reader can copy out while the next goes in").isEqualTo(128);
            }
            assertThat(ring.write(big, 0, 100)).isEqualTo(100);
            assertThat(ring.write(big, 0, 100)).as("28 bytes free, less than 128").isZero();
            assertThat(ring.write(big, 0, 20)).as("a short message fits whole").isEqualTo(20);
            assertThat(ring.read(big, 0, 2000)).isEqualTo(1016);
            assertThat(ring.read(big, 0, 10)).isZero();
        }
    }

    @Test
    void shouldShareARingThroughAFileAndRefuseAForeignOne() throws Exception {
        Path dir = Files.createTempDirectory("rings");
        Path file = dir.resolve("par4j-test-0to1");
        try (Arena arena = Arena.ofShared()) {
            SpscByteRing producer = ShmRingFiles.create(file, 4096, arena);
            SpscByteRing consumer = ShmRingFiles.attach(file, arena);
            producer.write(MemorySegment.ofArray("hello".getBytes()), 0, 5);
            byte[] b = new byte[5];
            assertThat(consumer.read(MemorySegment.ofArray(b), 0, 5)).isEqualTo(5);
            assertThat(new String(b)).isEqualTo("hello");
            Path junk = dir.resolve("junk");
            Files.write(junk, new byte[4096]);
            assertThatThrownBy(() -> ShmRingFiles.attach(junk, arena)).hasMessageContaining("not a par4j ring");
            assertThatThrownBy(() -> ShmRingFiles.create(file, 4096, arena)).hasMessageContaining(file.toString());
        } finally {
            System.setProperty(ShmRingFiles.DIR_PROPERTY, dir.toString());
            try {
                assertThat(ShmRingFiles.unlinkJob("test")).isEqualTo(1);
            } finally {
                System.clearProperty(ShmRingFiles.DIR_PROPERTY);
            }
            Files.deleteIfExists(dir.resolve("junk"));
            Files.delete(dir);
        }
    }
}
