package org.par4j.runtime.shm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.foreign.ValueLayout;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.par4j.RLock;
import org.par4j.SharedByteArray;
import org.par4j.SharedDouble;
import org.par4j.SharedDoubleArray;
import org.par4j.SharedInt;
import org.par4j.SharedIntArray;
import org.par4j.SharedLong;
import org.par4j.SharedLongArray;
import org.par4j.SharedMemory;
import org.par4j.runtime.testkit.ChildJvm;
import org.par4j.runtime.testkit.Timeouts;

/** A hang fails the test (in its own thread) instead of the build. */
@Timeout(value = 5, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class SharedArraysAndValuesTest {
    private static final Duration CHILD = Duration.ofSeconds(60);

    @Test
    void shouldReadWriteAndUpdateEveryArrayType() {
        SharedIntArray ints = SharedIntArray.copyOf(new int[] {1, 2, 3});
        assertThat(ints.getAndAdd(1, 10)).isEqualTo(2);
        assertThat(ints.addAndGet(1, 1)).isEqualTo(13);
        assertThat(ints.compareAndSet(2, 3, 30)).isTrue();
        assertThat(ints.compareAndSet(2, 3, 40)).isFalse();
        ints.setVolatile(0, -1);
        assertThat(ints.toArray()).containsExactly(-1, 13, 30);
        assertThat(ints.asSegment().byteSize()).isEqualTo(12);

        SharedLongArray longs = SharedLongArray.createRaw(2);
        longs.set(1, Long.MAX_VALUE - 1);
        assertThat(longs.getAndAdd(1, 1)).isEqualTo(Long.MAX_VALUE - 1);
        assertThat(longs.getVolatile(1)).isEqualTo(Long.MAX_VALUE);
        assertThat(longs.hasLock()).isFalse();

        SharedDoubleArray doubles = SharedDoubleArray.copyOf(new double[] {0.5, 1.5});
        assertThat(doubles.getAndAdd(0, 2.0)).isEqualTo(0.5);
        assertThat(doubles.compareAndSet(1, 1.5, -1.0)).isTrue();
        assertThat(doubles.toArray()).containsExactly(2.5, -1.0);

        SharedByteArray bytes = SharedByteArray.copyOf(new byte[] {7, 8});
        bytes.set(0, (byte) -7);
        assertThat(bytes.toArray()).containsExactly(-7, 8);
        assertThat(bytes.asSegment().get(ValueLayout.JAVA_BYTE, 1)).isEqualTo((byte) 8);
        assertThat(SharedByteArray.create(0).length()).isZero();
        assertThatThrownBy(() -> SharedIntArray.create(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldUpdateEveryValueType() {
        SharedInt i = SharedInt.create(5);
        assertThat(i.getAndSet(6)).isEqualTo(5);
        assertThat(i.addAndGet(-10)).isEqualTo(-4);
        assertThat(i.compareAndSet(-4, 0)).isTrue();
        SharedLong l = SharedLong.createRaw(1L << 40);
        assertThat(l.getAndAdd(1)).isEqualTo(1L << 40);
        assertThat(l.get()).isEqualTo((1L << 40) + 1);
        assertThatThrownBy(l::lock).isInstanceOf(IllegalStateException.class).hasMessageContaining("createRaw");
        SharedDouble d = SharedDouble.create(0.25);
        assertThat(d.addAndGet(0.5)).isEqualTo(0.75);
        assertThat(d.compareAndSet(0.75, 1.0)).isTrue();
        assertThat(d.get()).isEqualTo(1.0);
    }

    @Test
    void shouldGiveValuesAReentrantLockAsPythonDoes() {
        SharedInt v = SharedInt.create(0);
        v.withLock(() -> v.withLock(() -> v.set(v.get() + 1)));
        assertThat(v.get()).isEqualTo(1);
        assertThat(v.lock()).isInstanceOf(RLock.class);
        assertThat(v.lock().isLocked()).isFalse();
    }

    @Test
    void shouldAddAtomicallyFromThreadsWithoutALock() throws Exception {
        SharedDouble sum = SharedDouble.createRaw(0);
        SharedIntArray count = SharedIntArray.createRaw(1);
        List<Thread> ts = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            ts.add(Thread.ofPlatform().start(() -> {
                for (int k = 0; k < 20_000; k++) {
                    sum.getAndAdd(1.0);
                    count.getAndAdd(0, 1);
                }
            }));
        }
        for (Thread t : ts) {
            t.join(Timeouts.scaled(CHILD));
        }
        assertThat(sum.get()).isEqualTo(80_000.0);
        assertThat(count.get(0)).isEqualTo(80_000);
    }

    @Test
    void shouldAddAtomicallyFromTwoProcesses() throws Exception {
        SharedLongArray counter = SharedLongArray.createRaw(1);
        SharedDouble sum = SharedDouble.createRaw(0);
        try (ChildJvm a = ChildJvm.start(AddChild.class, counter, sum);
             ChildJvm b = ChildJvm.start(AddChild.class, counter, sum)) {
            a.assertSucceeds(CHILD);
            b.assertSucceeds(CHILD);
        }
        assertThat(counter.get(0)).isEqualTo(2L * AddChild.N);
        assertThat(sum.get()).isEqualTo(2.0 * AddChild.N);
    }

    @Test
    void shouldPassSharedMemoryHandleToAChild() throws Exception {
        try (SharedMemory shm = SharedMemory.create(1 << 16)) {
            try (ChildJvm child = ChildJvm.start(MemoryChild.class, shm)) {
                child.assertSucceeds(CHILD);
            }
            assertThat(shm.segment().get(ValueLayout.JAVA_LONG, 4096)).isEqualTo(0xCAFEL);
            shm.unlink();
        }
    }

    /** Adds 1 N times to a long array element and to a double value. */
    public static final class AddChild {
        static final int N = 50_000;

        private AddChild() {
        }

        public static void main(String[] args) {
            SharedLongArray counter = ChildJvm.decode(args[0]);
            SharedDouble sum = ChildJvm.decode(args[1]);
            for (int i = 0; i < N; i++) {
                counter.getAndAdd(0, 1);
                sum.getAndAdd(1.0);
            }
        }
    }

    /** Writes a marker into the shared memory it is given. */
    public static final class MemoryChild {
        private MemoryChild() {
        }

        public static void main(String[] args) {
            SharedMemory shm = ChildJvm.decode(args[0]);
            shm.segment().set(ValueLayout.JAVA_LONG, 4096, 0xCAFEL);
        }
    }
}
