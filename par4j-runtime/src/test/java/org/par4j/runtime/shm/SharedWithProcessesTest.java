package org.par4j.runtime.shm;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.par4j.Barrier;
import org.par4j.JvmProcess;
import org.par4j.Lock;
import org.par4j.Pool;
import org.par4j.SharedInt;
import org.par4j.SharedIntArray;
import org.par4j.SharedLongArray;
import org.par4j.runtime.testkit.Timeouts;

/** Shared objects captured by the lambdas of {@link JvmProcess} and process-pool tasks. */
@Timeout(value = 5, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class SharedWithProcessesTest {
    private static final Duration WAIT = Duration.ofSeconds(120);

    @Test
    void shouldSeeWhatAJvmProcessWritesIntoSharedArrayAndValue() throws Exception {
        SharedIntArray result = SharedIntArray.create(4);
        SharedInt squareSum = SharedInt.create(0);
        int[] mylist = {1, 2, 3, 4};
        JvmProcess p = new JvmProcess(() -> {
            for (int i = 0; i < mylist.length; i++) {
                result.set(i, mylist[i] * mylist[i]);
            }
            squareSum.set(IntStream.of(result.toArray()).sum());
        }).start();
        assertThat(p.join(Timeouts.scaled(WAIT))).isTrue();
        assertThat(p.exitCode()).hasValue(0);
        assertThat(result.toArray()).containsExactly(1, 4, 9, 16);
        assertThat(squareSum.get()).isEqualTo(30);
    }

    @Test
    void shouldKeepTheBankBalanceExactWithTheLockFiftyRunsInARow() throws Exception {
        int runs = 50;
        SharedInt balance = SharedInt.create(100);
        Barrier round = Barrier.create(3);
        List<JvmProcess> children = new ArrayList<>();
        for (int sign : new int[] {-1, 1}) {
            children.add(new JvmProcess(() -> {
                try {
                    for (int r = 0; r < runs; r++) {
                        round.await(Duration.ofSeconds(60));
                        for (int i = 0; i < 10_000; i++) {
                            balance.withLock(() -> balance.set(balance.get() + sign));
                        }
                        round.await(Duration.ofSeconds(60));
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }).start());
        }
        List<Integer> finals = new ArrayList<>();
        for (int r = 0; r < runs; r++) {
            balance.set(100);
            round.await(Timeouts.scaled(WAIT));
            round.await(Timeouts.scaled(WAIT));
            finals.add(balance.get());
        }
        for (JvmProcess c : children) {
            assertThat(c.join(Timeouts.scaled(WAIT))).isTrue();
            assertThat(c.exitCode()).hasValue(0);
        }
        assertThat(finals).hasSize(runs).containsOnly(100);
    }

    @Test
    void shouldKeepAnArrayCreatedByAPoolWorkerAliveAfterThePoolIsClosed() throws Exception {
        SharedIntArray fromChild;
        try (Pool pool = Pool.processes(1)) {
            fromChild = pool.apply(() -> {
                SharedIntArray a = SharedIntArray.create(3);
                a.set(0, 7);
                a.set(2, 9);
                return a;
            });
            assertThat(fromChild.get(2)).isEqualTo(9);
        }
        // The worker that created it has exited; this process still uses it, so it is still there.
        Thread.sleep(3 * ShmProperties.trackerPollMillis());
        fromChild.set(1, 8);
        assertThat(fromChild.toArray()).containsExactly(7, 8, 9);
        String file = ((ShmHandle) fromChild).segmentName();
        assertThat(java.nio.file.Files.exists(ShmProperties.dir().resolve(file))).isTrue();
    }

    @Test
    void shouldShareCountersAndLocksWithProcessPoolTasks() throws Exception {
        SharedLongArray sums = SharedLongArray.createRaw(2);
        Lock lock = Lock.create();
        try (Pool pool = Pool.processes(2)) {
            List<Integer> pids = pool.map(i -> {
                sums.getAndAdd(0, i);
                lock.withLock(() -> sums.set(1, sums.get(1) + i));
                return (int) ProcessHandle.current().pid();
            }, IntStream.rangeClosed(1, 200).boxed().toList());
            assertThat(pids).doesNotContain((int) ProcessHandle.current().pid());
        }
        assertThat(sums.toArray()).containsExactly(20_100L, 20_100L);
    }
}
