package org.par4j.runtime.shm;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.par4j.runtime.testkit.Timeouts;

/** A hang fails the test (in its own thread) instead of the build. */
@Timeout(value = 5, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class FutexTest {

    @Test
    void shouldReturnAtOnceWhenTheWordDiffers() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment m = arena.allocate(8, 8);
            m.set(ValueLayout.JAVA_INT, 4, 1);
            assertThat(Futex.await(m, 4, 0, Duration.ofSeconds(10).toNanos())).isEqualTo(Futex.WaitResult.VALUE_CHANGED);
        }
    }

    @Test
    void shouldTimeOut() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment m = arena.allocate(8, 8);
            long start = System.nanoTime();
            assertThat(Futex.await(m, 0, 0, Duration.ofMillis(50).toNanos())).isEqualTo(Futex.WaitResult.TIMED_OUT);
            assertThat(System.nanoTime() - start).isGreaterThanOrEqualTo(Duration.ofMillis(45).toNanos());
        }
    }

    @Test
    void shouldWakeASleeperInASharedSegment() throws Exception {
        ShmSegment s = AttachedSegments.create(SegmentLayout.MEMORY, 64);
        MemorySegment m = s.payload();
        AtomicReference<Futex.WaitResult> result = new AtomicReference<>();
        Thread sleeper = Thread.ofPlatform().start(
                () -> result.set(Futex.await(m, 8, 0, Duration.ofSeconds(30).toNanos())));
        Timeouts.awaitTrue("the sleeper to block", Duration.ofSeconds(10),
                () -> sleeper.getState() == Thread.State.RUNNABLE && Futex.wake(m, 8, 1) == 1);
        sleeper.join(Timeouts.scaled(Duration.ofSeconds(10)));
        assertThat(result.get()).isEqualTo(Futex.WaitResult.WOKEN);
        s.unlink();
    }
}
