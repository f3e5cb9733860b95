package org.par4j.runtime.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.par4j.Event;
import org.par4j.Lock;
import org.par4j.LockOwnerDiedException;
import org.par4j.RLock;
import org.par4j.SharedLongArray;
import org.par4j.runtime.testkit.ChildJvm;
import org.par4j.runtime.testkit.Timeouts;

/** A hang fails the test (in its own thread) instead of the build. */
@Timeout(value = 5, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class SharedMutexTest {

    @Test
    void shouldExcludeThreadsUnderHammering() throws Exception {
        Lock lock = Lock.create();
        SharedLongArray counter = SharedLongArray.createRaw(1);
        int threads = 4;
        int perThread = 50_000;
        AtomicReference<Throwable> failure = new AtomicReference<>();
        List<Thread> all = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            all.add(Thread.ofPlatform().start(() -> {
                try {
                    for (int i = 0; i < perThread; i++) {
                        lock.lock();
                        try {
                            counter.set(0, counter.get(0) + 1);
                        } finally {
                            lock.unlock();
                        }
                    }
                } catch (Throwable e) {
                    failure.set(e);
                }
            }));
        }
        for (Thread t : all) {
            t.join(Timeouts.scaled(Duration.ofSeconds(60)));
        }
        assertThat(failure.get()).isNull();
        assertThat(counter.get(0)).isEqualTo((long) threads * perThread);
        assertThat(lock.isLocked()).isFalse();
    }

    @Test
    void shouldNotStarveALockHolderWhenVirtualThreadsWait() throws Exception {
        Lock lock = Lock.create();
        SharedLongArray counter = SharedLongArray.createRaw(1);
        int threads = 4 * Runtime.getRuntime().availableProcessors() + 4;
        List<Thread> all = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            all.add(Thread.ofVirtual().start(() -> {
                for (int i = 0; i < 20; i++) {
                    lock.lock();
                    try {
                        Thread.sleep(1);   // unmounts the holder: it needs a free carrier to go on
                        counter.set(0, counter.get(0) + 1);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    } finally {
                        lock.unlock();
                    }
                }
            }));
        }
        for (Thread t : all) {
            assertThat(t.join(Timeouts.scaled(Duration.ofSeconds(60)))).as("virtual thread finished").isTrue();
        }
        assertThat(counter.get(0)).isEqualTo(20L * threads);
    }

    @Test
    void shouldExcludeProcessesAndThreadsTogether() throws Exception {
        Lock lock = Lock.create();
        SharedLongArray counter = SharedLongArray.createRaw(1);
        int n = 20_000;
        try (ChildJvm a = ChildJvm.start(SyncChildren.IncrementUnderLock.class, lock, counter, n);
             ChildJvm b = ChildJvm.start(SyncChildren.IncrementUnderLock.class, lock, counter, n)) {
            for (int i = 0; i < n; i++) {
                lock.withLock(() -> counter.set(0, counter.get(0) + 1));
            }
            a.assertSucceeds(Duration.ofSeconds(60));
            b.assertSucceeds(Duration.ofSeconds(60));
        }
        assertThat(counter.get(0)).isEqualTo(3L * n);
    }

    @Test
    void shouldNeverAdmitTwoHoldersAcrossProcessesAndThreads() throws Exception {
        Lock lock = Lock.create();
        // [0] threads inside the critical section now, [1] violations seen, [2] entries
        SharedLongArray state = SharedLongArray.createRaw(3);
        try (ChildJvm a = ChildJvm.start(SyncChildren.StressLock.class, lock, state, 2, 20_000);
             ChildJvm b = ChildJvm.start(SyncChildren.StressLock.class, lock, state, 2, 20_000)) {
            SyncChildren.StressLock.stress(lock, state, 2, 20_000);
            a.assertSucceeds(Duration.ofSeconds(120));
            b.assertSucceeds(Duration.ofSeconds(120));
        }
        assertThat(state.get(1)).as("two holders at once").isZero();
        assertThat(state.get(2)).isPositive();
        assertThat(state.get(0)).isZero();
        assertThat(lock.isLocked()).isFalse();
    }

    @Test
    void shouldTimeOutNameTheHolderAndRecoverFromItsDeath() throws Exception {
        Lock lock = Lock.create();
        Event holding = Event.create();
        try (ChildJvm holder = ChildJvm.start(SyncChildren.HoldLockForever.class, lock, holding)) {
            assertThat(holding.await(Timeouts.scaled(Duration.ofSeconds(60)))).as(holder.output()).isTrue();
            long start = System.nanoTime();
            assertThat(lock.tryLock(Duration.ofMillis(300))).isFalse();
            assertThat(System.nanoTime() - start).isGreaterThanOrEqualTo(Duration.ofMillis(300).toNanos());
            assertThat(lock.ownerPid()).isEqualTo(holder.pid());
            assertThat(lock.tryLock()).isFalse();

            holder.kill9();
            assertThatThrownBy(lock::lock).isInstanceOf(LockOwnerDiedException.class)
                    .hasMessageContaining("pid " + holder.pid())
                    .satisfies(e -> assertThat(((LockOwnerDiedException) e).deadPid()).isEqualTo(holder.pid()));
            assertThat(lock.isHeldByCurrentThread()).isTrue();
            lock.unlock();
            assertThat(lock.tryLock()).isTrue();
            lock.unlock();
        }
    }

    @Test
    void shouldReleaseLockWhenWithLockReportsDeadOwner() throws Exception {
        Lock lock = Lock.create();
        Event holding = Event.create();
        try (ChildJvm holder = ChildJvm.start(SyncChildren.HoldLockForever.class, lock, holding)) {
            assertThat(holding.await(Timeouts.scaled(Duration.ofSeconds(60)))).isTrue();
            holder.kill9();
            AtomicLong ran = new AtomicLong();
            assertThatThrownBy(() -> lock.withLock(ran::incrementAndGet)).isInstanceOf(LockOwnerDiedException.class);
            assertThat(ran.get()).isZero();
            assertThat(lock.isLocked()).isFalse();
        }
    }

    @Test
    void shouldRefuseToReenterALockButLetAnRLockReenter() throws InterruptedException {
        Lock lock = Lock.create();
        lock.lock();
        assertThatThrownBy(lock::lock).isInstanceOf(IllegalStateException.class).hasMessageContaining("not reentrant");
        assertThat(lock.tryLock()).isFalse();
        assertThat(lock.tryLock(Duration.ofSeconds(10))).isFalse();
        assertThat(lock.isHeldByCurrentThread()).isTrue();
        lock.unlock();
        assertThat(lock.isLocked()).isFalse();

        RLock rlock = RLock.create();
        rlock.lock();
        rlock.lock();
        assertThat(rlock.tryLock()).isTrue();
        assertThat(rlock.holdCount()).isEqualTo(3);
        rlock.unlock();
        rlock.unlock();
        assertThat(rlock.isLocked()).isTrue();
        rlock.unlock();
        assertThat(rlock.isLocked()).isFalse();
        assertThat(rlock.holdCount()).isZero();
    }

    @Test
    void shouldRefuseUnlockByAnotherThread() throws Exception {
        Lock lock = Lock.create();
        lock.lock();
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread t = Thread.ofPlatform().start(() -> {
            try {
                lock.unlock();
            } catch (Throwable e) {
                thrown.set(e);
            }
        });
        t.join();
        assertThat(thrown.get()).isInstanceOf(IllegalMonitorStateException.class);
        assertThat(lock.isLocked()).isTrue();
        lock.unlock();
    }

    @Test
    void shouldNotBurnCpuWhileBlocked() throws Exception {
        Lock lock = Lock.create();
        lock.lock();
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        AtomicLong cpuNanos = new AtomicLong();
        Thread waiter = Thread.ofPlatform().start(() -> {
            long before = mx.getCurrentThreadCpuTime();
            try {
                lock.tryLock(Duration.ofSeconds(1));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            cpuNanos.set(mx.getCurrentThreadCpuTime() - before);
        });
        waiter.join(Timeouts.scaled(Duration.ofSeconds(30)));
        lock.unlock();
        assertThat(cpuNanos.get()).isLessThan(Duration.ofMillis(150).toNanos());
    }

    @Test
    void shouldWakeABlockedThreadOnUnlock() throws Exception {
        Lock lock = Lock.create();
        lock.lock();
        AtomicLong acquired = new AtomicLong();
        Thread waiter = Thread.ofPlatform().start(() -> {
            lock.lock();
            acquired.set(System.nanoTime());
            lock.unlock();
        });
        Thread.sleep(100);
        long released = System.nanoTime();
        lock.unlock();
        waiter.join(Timeouts.scaled(Duration.ofSeconds(30)));
        assertThat(acquired.get()).isGreaterThan(released);
    }

    @Test
    void shouldInterruptTimedWait() throws Exception {
        Lock lock = Lock.create();
        lock.lock();
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread waiter = Thread.ofPlatform().start(() -> {
            try {
                lock.tryLock(Duration.ofMinutes(5));
            } catch (Throwable e) {
                thrown.set(e);
            }
        });
        Thread.sleep(50);
        waiter.interrupt();
        waiter.join(Timeouts.scaled(Duration.ofSeconds(30)));
        assertThat(thrown.get()).isInstanceOf(InterruptedException.class);
        lock.unlock();
    }
}
