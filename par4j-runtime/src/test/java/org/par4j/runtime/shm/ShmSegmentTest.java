package org.par4j.runtime.shm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.foreign.ValueLayout;
import java.nio.file.Files;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.par4j.Lock;
import org.par4j.Par4jException;
import org.par4j.SharedIntArray;
import org.par4j.SharedMemory;
import org.par4j.runtime.sync.SharedMutex;
import org.par4j.runtime.testkit.ChildJvm;

/** A hang fails the test (in its own thread) instead of the build. */
@Timeout(value = 5, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ShmSegmentTest {

    @Test
    void shouldCreateAttachAndUnlinkNamedMemory() {
        String name = "test-" + ProcessHandle.current().pid() + "-" + System.nanoTime();
        try (SharedMemory created = SharedMemory.create(name, 4096)) {
            assertThat(created.name()).isEqualTo(name);
            assertThat(created.size()).isEqualTo(4096);
            assertThat(Files.exists(ShmProperties.dir().resolve("par4j-" + name))).isTrue();
            created.segment().set(ValueLayout.JAVA_LONG, 8, 1234L);
            SharedMemory attached = SharedMemory.attach(name);
            assertThat(attached.segment().get(ValueLayout.JAVA_LONG, 8)).isEqualTo(1234L);
            created.unlink();
            assertThat(Files.exists(ShmProperties.dir().resolve("par4j-" + name))).isFalse();
        }
        assertThatThrownBy(() -> SharedMemory.attach(name)).isInstanceOf(Par4jException.class)
                .hasMessageContaining("no shared memory named 'par4j-" + name + "'");
    }

    @Test
    void shouldRefuseDuplicateAndBadNames() {
        String name = "dup-" + ProcessHandle.current().pid() + "-" + System.nanoTime();
        try (SharedMemory created = SharedMemory.create(name, 64)) {
            assertThatThrownBy(() -> SharedMemory.create(name, 64)).isInstanceOf(Par4jException.class)
                    .hasMessageContaining("already exists");
            created.unlink();
        }
        assertThatThrownBy(() -> SharedMemory.create("../etc/passwd", 64)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bad shared memory name");
        assertThatThrownBy(() -> SharedMemory.create(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("positive size");
    }

    @Test
    void shouldFailClearlyOnUnknownName() {
        assertThatThrownBy(() -> SharedMemory.attach("no-such-segment-" + System.nanoTime()))
                .isInstanceOf(Par4jException.class).hasMessageContaining("does not exist");
    }

    @Test
    void shouldFailClearlyOnWrongLayoutOrSize() {
        SharedMutex lock = (SharedMutex) Lock.create();
        String file = lock.segmentName();
        assertThatThrownBy(() -> ShmSegment.attach(file, SegmentLayout.MEMORY, -1))
                .isInstanceOf(Par4jException.class).hasMessageContaining("holds a MUTEX, not a MEMORY");
        assertThatThrownBy(() -> ShmSegment.attach(file, SegmentLayout.MUTEX, 64))
                .isInstanceOf(Par4jException.class).hasMessageContaining("has 32 payload bytes, expected 64");
        assertThatThrownBy(() -> SharedMemory.attach(file.substring("par4j-".length())))
                .isInstanceOf(Par4jException.class).hasMessageContaining("not a MEMORY");
        ShmSegment.unlink(file);
    }

    @Test
    void shouldWaitBrieflyForACreatorStillWritingTheHeaderThenGiveUp() throws Exception {
        String file = "par4j-unpublished-" + ProcessHandle.current().pid() + "-" + System.nanoTime();
        java.nio.file.Path path = ShmProperties.dir().resolve(file);
        try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(path,
                java.nio.file.StandardOpenOption.CREATE_NEW, java.nio.file.StandardOpenOption.READ,
                java.nio.file.StandardOpenOption.WRITE); java.lang.foreign.Arena arena = java.lang.foreign.Arena.ofShared()) {
            java.lang.foreign.MemorySegment whole = ch.map(java.nio.channels.FileChannel.MapMode.READ_WRITE, 0, 128, arena);
            long start = System.nanoTime();
            assertThatThrownBy(() -> ShmSegment.attach(file, SegmentLayout.MEMORY, -1))
                    .isInstanceOf(Par4jException.class).hasMessageContaining("not an initialised par4j segment");
            assertThat(System.nanoTime() - start).isGreaterThanOrEqualTo(Duration.ofMillis(900).toNanos());

            Thread publisher = Thread.ofPlatform().start(() -> {
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    return;
                }
                ProcessIdentity gone = new ProcessIdentity(Integer.MAX_VALUE, 1);
                SegmentHeaderDescriptor.write(whole, SegmentLayout.MEMORY, 64, ProcessIdentity.current(), gone);
            });
            try (ShmSegment attached = ShmSegment.attach(file, SegmentLayout.MEMORY, 64)) {
                assertThat(attached.payload().byteSize()).isEqualTo(64);
            }
            publisher.join();
        } finally {
            ShmSegment.unlink(file);
        }
    }

    @Test
    void shouldThrowOnIndexOutOfRange() {
        SharedIntArray a = SharedIntArray.createRaw(3);
        assertThatThrownBy(() -> a.get(3)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> a.set(-1, 0)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(a::lock).isInstanceOf(IllegalStateException.class).hasMessageContaining("without a lock");
    }

    @Test
    void shouldShareArrayWithChildProcessWithoutCopying() throws Exception {
        SharedIntArray squares = SharedIntArray.create(4);
        try (ChildJvm child = ChildJvm.start(SquaresChild.class, squares)) {
            child.assertSucceeds(Duration.ofSeconds(60));
        }
        assertThat(squares.toArray()).containsExactly(1, 4, 9, 16);
    }

    /** Child: writes squares into the array it is given. */
    public static final class SquaresChild {
        private SquaresChild() {
        }

        public static void main(String[] args) {
            SharedIntArray a = ChildJvm.decode(args[0]);
            for (int i = 0; i < a.length(); i++) {
                a.set(i, (i + 1) * (i + 1));
            }
        }
    }
}
