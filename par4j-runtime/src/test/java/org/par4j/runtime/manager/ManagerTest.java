package org.par4j.runtime.manager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.par4j.JvmProcess;
import org.par4j.Lock;
import org.par4j.ManagedValue;
import org.par4j.Manager;
import org.par4j.Namespace;
import org.par4j.Par4jException;
import org.par4j.Pool;
import org.par4j.Queue;
import org.par4j.QueueEmptyException;
import org.par4j.RemoteException;
import org.par4j.SharedLong;
import org.par4j.runtime.testkit.Timeouts;

/** A manager's server in its own JVM, and proxies used from other processes and pool tasks. */
class ManagerTest {
    private static final Duration WAIT = Duration.ofSeconds(120);

    @Test
    void shouldShareMapListNamespaceAndValueWithAnotherProcess() throws Exception {
        try (Manager manager = Manager.start()) {
            Map<String, Integer> map = manager.dict();
            List<String> list = manager.list();
            Namespace ns = manager.namespace();
            ManagedValue<Double> value = manager.value(1.5);
            ns.set("x", 10);
            JvmProcess child = new JvmProcess(() -> {
                map.put("child", (int) ProcessHandle.current().pid());
                list.add("from child");
                list.add(0, "first");
                ns.set("y", ns.<Integer>get("x") + 1);
                value.set(value.get() * 2);
            }).start();
            assertThat(child.join(Timeouts.scaled(WAIT))).isTrue();
            assertThat(child.exitCode()).hasValue(0);
            assertThat(map).containsEntry("child", (int) child.pid()).hasSize(1);
            assertThat(list).containsExactly("first", "from child");
            assertThat(list.remove(0)).isEqualTo("first");
            assertThat(ns.toMap()).containsEntry("x", 10).containsEntry("y", 11);
            assertThat(value.get()).isEqualTo(3.0);
            assertThatThrownBy(() -> list.get(5)).isInstanceOf(RemoteException.class)
                    .hasMessageContaining("IndexOutOfBounds");
        }
    }

    @Test
    void shouldCarryQueueItemsBetweenPoolTasksAndTheParent() throws Exception {
        try (Manager manager = Manager.start(); Pool pool = Pool.processes(2)) {
            Queue<Integer> q = manager.queue();
            pool.map(i -> {
                q.put(i * i);
                return i;
            }, IntStream.range(0, 10).boxed().toList());
            int sum = 0;
            for (int i = 0; i < 10; i++) {
                sum += q.get(Timeouts.scaled(WAIT));
            }
            assertThat(sum).isEqualTo(285);
            assertThatThrownBy(() -> q.get(Duration.ofMillis(20))).isInstanceOf(QueueEmptyException.class);
        }
    }

    @Test
    void shouldTellWhetherTheCallingThreadHoldsAManagerLock() throws Exception {
        try (Manager manager = Manager.start()) {
            Lock lock = manager.lock();
            assertThat(lock.isHeldByCurrentThread()).isFalse();
            lock.lock();
            assertThat(lock.isHeldByCurrentThread()).isTrue();
            java.util.concurrent.atomic.AtomicBoolean otherSees = new java.util.concurrent.atomic.AtomicBoolean(true);
            Thread other = Thread.ofPlatform().start(() -> otherSees.set(lock.isHeldByCurrentThread()));
            other.join();
            assertThat(otherSees.get()).as("another thread of the same process").isFalse();
            lock.unlock();
            assertThat(lock.isHeldByCurrentThread()).isFalse();
        }
    }

    @Test
    void shouldWaitOnAManagerConditionUntilAnotherProcessSignals() throws Exception {
        try (Manager manager = Manager.start()) {
            Lock lock = manager.lock();
            org.par4j.Condition ready = lock.newCondition();
            ManagedValue<Integer> stock = manager.value(0);
            assertThat(ready.lock()).isEqualTo(lock);
            assertThatThrownBy(ready::signal).isInstanceOf(IllegalMonitorStateException.class);
            assertThatThrownBy(() -> ready.await(Duration.ofMillis(10))).isInstanceOf(IllegalMonitorStateException.class);
            lock.lock();
            try {
                long t0 = System.nanoTime();
                assertThat(ready.await(Duration.ofMillis(100))).as("no signal: the time runs out").isFalse();
                assertThat(System.nanoTime() - t0).isGreaterThanOrEqualTo(Duration.ofMillis(100).toNanos());
                assertThat(lock.isHeldByCurrentThread()).as("taken back after the wait").isTrue();
            } finally {
                lock.unlock();
            }
            JvmProcess producer = new JvmProcess(() -> {
                lock.lock();
                try {
                    stock.set(5);
                    ready.signalAll();
                } finally {
                    lock.unlock();
                }
            });
            lock.lock();
            try {
                producer.start();
                // the producer cannot take the lock until this wait releases it
                assertThat(ready.waitFor(() -> stock.get() == 5, Timeouts.scaled(WAIT))).isTrue();
                assertThat(lock.isHeldByCurrentThread()).isTrue();
            } finally {
                lock.unlock();
            }
            assertThat(producer.join(Timeouts.scaled(WAIT))).isTrue();
            assertThat(producer.exitCode()).hasValue(0);
        }
    }

    @Test
    void shouldOutliveAClientKilledWhileHoldingALockAndReleaseIt() throws Exception {
        try (Manager manager = Manager.start()) {
            Lock lock = manager.lock();
            Map<String, String> map = manager.dict();
            SharedLong held = SharedLong.createRaw(0);
            JvmProcess child = new JvmProcess(() -> {
                lock.lock();
                map.put("holder", "child");
                held.set(1);
                try {
                    Thread.sleep(Duration.ofMinutes(10));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }).start();
            Timeouts.awaitTrue("child holds the lock", WAIT, () -> held.get() == 1);
            assertThat(lock.tryLock(Duration.ofMillis(50))).isFalse();
            assertThat(lock.ownerPid()).isEqualTo(child.pid());
            child.kill();
            assertThat(child.join(Timeouts.scaled(WAIT))).isTrue();
            assertThat(lock.tryLock(Timeouts.scaled(WAIT))).isTrue();
            assertThat(map).containsEntry("holder", "child");
            lock.unlock();
        }
    }

    @Test
    void shouldServeANewCallWhileMoreClientConnectionsThanCoresStayOpenAndIdle() throws Exception {
        try (Manager manager = Manager.start()) {
            ManagedValue<Integer> value = manager.value(7);
            int idle = Runtime.getRuntime().availableProcessors() + 2;
            java.util.concurrent.CountDownLatch called = new java.util.concurrent.CountDownLatch(idle);
            java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
            List<Thread> threads = new java.util.ArrayList<>();
            for (int i = 0; i < idle; i++) {
                threads.add(Thread.ofPlatform().start(() -> {
                    value.get();
                    called.countDown();
                    try {
                        release.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }));
            }
            assertThat(called.await(Timeouts.scaled(WAIT).toSeconds(), java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            assertThat(java.util.concurrent.CompletableFuture.supplyAsync(value::get)
                    .get(Timeouts.scaled(WAIT).toSeconds(), java.util.concurrent.TimeUnit.SECONDS)).isEqualTo(7);
            release.countDown();
            for (Thread t : threads) {
                t.join();
            }
        }
    }

    @Test
    void shouldConnectToARunningServerByAddressAndKeyAndRefuseAWrongKey() {
        byte[] key = "manager key".getBytes(StandardCharsets.UTF_8);
        try (Manager manager = Manager.start(new java.net.InetSocketAddress("127.0.0.1", 0), key)) {
            Map<String, Integer> map = manager.dict();
            map.put("a", 1);
            try (Manager other = Manager.connect(manager.address(), key)) {
                assertThat(other.value("v").get()).isEqualTo("v");
            }
            assertThatThrownBy(() -> Manager.connect(manager.address(), "wrong".getBytes(StandardCharsets.UTF_8)))
                    .isInstanceOf(Par4jException.class).hasMessageContaining("authentication");
            assertThat(map.get("a")).isEqualTo(1);
        }
    }
}
