package org.par4j.runtime.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.par4j.Barrier;
import org.par4j.BoundedSemaphore;
import org.par4j.Condition;
import org.par4j.Event;
import org.par4j.RLock;
import org.par4j.Semaphore;
import org.par4j.SharedInt;
import org.par4j.SharedLongArray;
import org.par4j.runtime.testkit.ChildJvm;
import org.par4j.runtime.testkit.Timeouts;

/** A hang fails the test (in its own thread) instead of the build. */
@Timeout(value = 5, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class SyncPrimitivesTest {
    private static final Duration CHILD = Duration.ofSeconds(60);

    @Test
    void shouldTimeOutAndThenAcquireSemaphoreReleasedByAnotherProcess() throws Exception {
        Semaphore s = Semaphore.create(0);
        assertThat(s.tryAcquire()).isFalse();
        assertThat(s.tryAcquire(Duration.ofMillis(100))).isFalse();
        try (ChildJvm child = ChildJvm.start(SyncChildren.ReleaseSemaphore.class, s)) {
            assertThat(s.tryAcquire(Timeouts.scaled(CHILD))).as(child.output()).isTrue();
            child.assertSucceeds(CHILD);
        }
        assertThat(s.availablePermits()).isZero();
    }

    @Test
    void shouldWakeAThreadBlockedOnASemaphore() throws Exception {
        Semaphore s = Semaphore.create(0);
        AtomicReference<Boolean> got = new AtomicReference<>();
        Thread t = Thread.ofPlatform().start(() -> {
            try {
                got.set(s.tryAcquire(Duration.ofMinutes(1)));
            } catch (InterruptedException e) {
                got.set(false);
            }
        });
        Thread.sleep(100);
        s.release();
        t.join(Timeouts.scaled(CHILD));
        assertThat(got.get()).isTrue();
        assertThat(s).isNotInstanceOf(BoundedSemaphore.class);
    }

    @Test
    void shouldReleaseEveryHoldOfAnRLockWhileAwaitingAndRestoreThem() throws Exception {
        Condition c = Condition.create();
        RLock lock = (RLock) c.lock();
        lock.lock();
        lock.lock();
        AtomicReference<Boolean> otherGotIt = new AtomicReference<>();
        Thread other = Thread.ofPlatform().start(() -> {
            try {
                otherGotIt.set(lock.tryLock(Duration.ofSeconds(30)));
                lock.withLock(c::signalAll);
                lock.unlock();
            } catch (InterruptedException e) {
                otherGotIt.set(false);
            }
        });
        assertThat(c.await(Timeouts.scaled(CHILD))).isTrue();
        assertThat(lock.holdCount()).isEqualTo(2);
        lock.unlock();
        lock.unlock();
        other.join(Timeouts.scaled(CHILD));
        assertThat(otherGotIt.get()).isTrue();
    }

    @Test
    void shouldCountPermitsAndRefuseOverReleaseOfBoundedSemaphore() throws Exception {
        BoundedSemaphore s = BoundedSemaphore.create(2);
        assertThat(s.tryAcquire()).isTrue();
        assertThat(s.tryAcquire(Duration.ofMillis(10))).isTrue();
        assertThat(s.tryAcquire(Duration.ofMillis(10))).isFalse();
        s.release();
        s.release();
        assertThatThrownBy(s::release).isInstanceOf(IllegalStateException.class).hasMessageContaining("released more often");
        assertThat(s.availablePermits()).isEqualTo(2);
        assertThatThrownBy(() -> Semaphore.create(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldKeepAnRLockHeldByAnotherProcessUntilItsLastUnlock() throws Exception {
        RLock lock = RLock.create();
        Event heldTwice = Event.create();
        Event unlockedOnce = Event.create();
        Event leave = Event.create();
        try (ChildJvm child = ChildJvm.start(SyncChildren.RLockTwice.class, lock, heldTwice, unlockedOnce, leave)) {
            assertThat(unlockedOnce.await(Timeouts.scaled(CHILD))).as(child.output()).isTrue();
            assertThat(lock.tryLock(Duration.ofMillis(100))).isFalse();
            assertThat(lock.ownerPid()).isEqualTo(child.pid());
            leave.set();
            assertThat(lock.tryLock(Timeouts.scaled(CHILD))).isTrue();
            assertThat(lock.holdCount()).isEqualTo(1);
            lock.unlock();
            child.assertSucceeds(CHILD);
        }
    }

    @Test
    void shouldRefuseOverReleaseOfABoundedSemaphoreInAnotherProcess() throws Exception {
        BoundedSemaphore s = BoundedSemaphore.create(1);
        try (ChildJvm child = ChildJvm.start(SyncChildren.OverReleaseBounded.class, s)) {
            assertThat(child.exitCode(CHILD)).as(child.output()).isEqualTo(7);
        }
        assertThat(s.availablePermits()).isEqualTo(1);
        assertThat(s.maxPermits()).isEqualTo(1);
    }

    @Test
    void shouldWaitForEventSetByAnotherProcess() throws Exception {
        Event e = Event.create();
        assertThat(e.await(Duration.ofMillis(100))).isFalse();
        try (ChildJvm child = ChildJvm.start(SyncChildren.SetEvent.class, e)) {
            assertThat(e.await(Timeouts.scaled(CHILD))).as(child.output()).isTrue();
            child.assertSucceeds(CHILD);
        }
        assertThat(e.isSet()).isTrue();
        e.clear();
        assertThat(e.isSet()).isFalse();
    }

    @Test
    void shouldSignalConditionAcrossProcesses() throws Exception {
        Condition c = Condition.create();
        SharedInt value = SharedInt.createRaw(0);
        Event waiting = Event.create();
        try (ChildJvm child = ChildJvm.start(SyncChildren.WaitForCondition.class, c, value, waiting)) {
            assertThat(waiting.await(Timeouts.scaled(CHILD))).as(child.output()).isTrue();
            c.lock().withLock(() -> {
                value.set(1);
                c.signalAll();
            });
            child.assertSucceeds(CHILD);
        }
        assertThat(value.get()).isEqualTo(-1);
    }

    @Test
    void shouldTimeOutConditionWaitAndRequireTheLock() throws Exception {
        Condition c = Condition.create();
        assertThatThrownBy(() -> c.await(Duration.ofMillis(1))).isInstanceOf(IllegalMonitorStateException.class);
        assertThatThrownBy(c::signal).isInstanceOf(IllegalMonitorStateException.class);
        c.lock().lock();
        try {
            assertThat(c.await(Duration.ofMillis(100))).isFalse();
            assertThat(c.lock().isHeldByCurrentThread()).isTrue();
            assertThat(c.waitFor(() -> false, Duration.ofMillis(50))).isFalse();
        } finally {
            c.lock().unlock();
        }
    }

    @Test
    void shouldMeetBarrierWithTwoProcessesForManyRounds() throws Exception {
        Barrier b = Barrier.create(3);
        SharedLongArray rounds = SharedLongArray.createRaw(3);
        int n = 20;
        try (ChildJvm c1 = ChildJvm.start(SyncChildren.MeetBarrier.class, b, rounds, 1, n);
             ChildJvm c2 = ChildJvm.start(SyncChildren.MeetBarrier.class, b, rounds, 2, n)) {
            for (int i = 0; i < n; i++) {
                b.await(Timeouts.scaled(CHILD));
                rounds.getAndAdd(0, 1);
            }
            c1.assertSucceeds(CHILD);
            c2.assertSucceeds(CHILD);
        }
        assertThat(rounds.toArray()).containsExactly(n, n, n);
        assertThat(b.isBroken()).isFalse();
    }

    @Test
    void shouldBreakBarrierOnTimeoutAndMendOnReset() throws Exception {
        Barrier b = Barrier.create(3);
        AtomicReference<Throwable> other = new AtomicReference<>();
        Thread t = Thread.ofPlatform().start(() -> {
            try {
                b.await(Duration.ofMinutes(5));
            } catch (Throwable e) {
                other.set(e);
            }
        });
        Thread.sleep(50);
        assertThatThrownBy(() -> b.await(Duration.ofMillis(100))).isInstanceOf(TimeoutException.class);
        t.join(Timeouts.scaled(CHILD));
        assertThat(other.get()).isInstanceOf(BrokenBarrierException.class);
        assertThat(b.isBroken()).isTrue();
        assertThatThrownBy(() -> b.await(Duration.ofMillis(10))).isInstanceOf(BrokenBarrierException.class);
        b.reset();
        assertThat(b.isBroken()).isFalse();
        assertThat(Barrier.create(1).await(Duration.ofMillis(10))).isZero();
    }
}
