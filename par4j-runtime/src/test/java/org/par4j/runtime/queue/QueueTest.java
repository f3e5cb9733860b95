package org.par4j.runtime.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.par4j.ChannelClosedException;
import org.par4j.JoinableQueue;
import org.par4j.JvmProcess;
import org.par4j.Pool;
import org.par4j.Queue;
import org.par4j.QueueEmptyException;
import org.par4j.QueueFullException;
import org.par4j.SharedLong;
import org.par4j.SimpleQueue;
import org.par4j.runtime.testkit.Timeouts;

/** Queues between processes: many producers and consumers, bounds, timeouts, joins and dead peers. */
class QueueTest {
    private static final Duration WAIT = Duration.ofSeconds(120);

    @Test
    void shouldDeliverEveryItemOnceFromManyProducerProcessesToManyConsumerProcesses() throws Exception {
        Queue<Integer> items = Queue.create(100);
        Queue<List<Integer>> results = Queue.create();
        List<JvmProcess> children = new ArrayList<>();
        for (int p = 0; p < 2; p++) {
            int base = p * 10_000;
            children.add(new JvmProcess(() -> {
                for (int i = 0; i < 5_000; i++) {
                    items.put(base + i);
                }
            }).start());
        }
        for (int c = 0; c < 2; c++) {
            children.add(new JvmProcess(() -> {
                List<Integer> got = new ArrayList<>();
                for (Integer v = items.get(); v >= 0; v = items.get()) {
                    got.add(v);
                }
                results.put(got);
            }).start());
        }
        for (int p = 0; p < 2; p++) {
            assertThat(children.get(p).join(Timeouts.scaled(WAIT))).isTrue();
        }
        items.put(-1);
        items.put(-1);
        List<Integer> all = new ArrayList<>(results.get(Timeouts.scaled(WAIT)));
        all.addAll(results.get(Timeouts.scaled(WAIT)));
        List<Integer> expected = new ArrayList<>(IntStream.range(0, 5_000).boxed().toList());
        expected.addAll(IntStream.range(10_000, 15_000).boxed().toList());
        assertThat(all).containsExactlyInAnyOrderElementsOf(expected);
        for (JvmProcess c : children) {
            assertThat(c.join(Timeouts.scaled(WAIT))).isTrue();
            assertThat(c.exitCode()).hasValue(0);
        }
    }

    @Test
    void shouldCarryLargePrimitiveArraysFromAChildProcessInOrderWithSmallItems() throws Exception {
        Queue<Object> items = Queue.create();
        int n = (int) (IpcProperties.RING_BYTES / 4 * 2 + 3); // twice the ring in ints
        JvmProcess child = new JvmProcess(() -> {
            for (int k = 0; k < 3; k++) {
                int[] a = new int[n];
                java.util.Arrays.fill(a, k);
                items.put(a);
                items.put(k);
                items.put(new long[20_000]);
            }
        }).start();
        for (int k = 0; k < 3; k++) {
            int[] a = (int[]) items.get(Timeouts.scaled(WAIT));
            assertThat(a).hasSize(n);
            assertThat(a[0]).isEqualTo(k);
            assertThat(a[n - 1]).isEqualTo(k);
            assertThat(items.get(Timeouts.scaled(WAIT))).isEqualTo(k);
            assertThat((long[]) items.get(Timeouts.scaled(WAIT))).hasSize(20_000).containsOnly(0L);
        }
        assertThat(items.size()).isZero();
        assertThat(child.join(Timeouts.scaled(WAIT))).isTrue();
        assertThat(child.exitCode()).hasValue(0);
    }

    @Test
    void shouldKeepFifoOrderAndReportSizeEmptyAndFull() {
        Queue<String> q = Queue.create(2);
        assertThat(q.isEmpty()).isTrue();
        assertThat(q.maxSize()).isEqualTo(2);
        q.put("a");
        q.put("b", Duration.ofSeconds(1));
        assertThat(q.size()).isEqualTo(2);
        assertThat(q.isFull()).isTrue();
        assertThatThrownBy(() -> q.put("c", Duration.ofMillis(50))).isInstanceOf(QueueFullException.class);
        assertThatThrownBy(() -> q.putNowait("c")).isInstanceOf(QueueFullException.class);
        assertThat(q.get()).isEqualTo("a");
        assertThat(q.getNowait()).isEqualTo("b");
        assertThat(q.isEmpty()).isTrue();
        assertThatThrownBy(() -> q.get(Duration.ofMillis(50))).isInstanceOf(QueueEmptyException.class);
        q.close();
        assertThatThrownBy(() -> q.put("d")).isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
    }

    @Test
    void shouldLetAProducerWaitingOnAFullQueueContinueWhenAnotherProcessTakes() throws Exception {
        Queue<Integer> q = Queue.create(1);
        q.put(1);
        JvmProcess taker = new JvmProcess(() -> {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            q.get();
        }).start();
        q.put(2, Timeouts.scaled(WAIT));
        assertThat(q.get()).isEqualTo(2);
        assertThat(taker.join(Timeouts.scaled(WAIT))).isTrue();
    }

    @Test
    void shouldRaiseNamingThePidWhenTheOnlyProducerProcessIsKilled() throws Exception {
        Queue<String> q = Queue.create();
        JvmProcess child = new JvmProcess(() -> {
            q.put("one");
            try {
                Thread.sleep(Duration.ofMinutes(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }).start();
        assertThat(q.get(Timeouts.scaled(WAIT))).isEqualTo("one");
        child.kill();
        assertThat(child.join(Timeouts.scaled(WAIT))).isTrue();
        assertThatThrownBy(q::get).isInstanceOf(ChannelClosedException.class)
                .hasMessageContaining(Long.toString(child.pid()))
                .satisfies(e -> assertThat(((ChannelClosedException) e).peerPid()).isEqualTo(child.pid()));
    }

    @Test
    void shouldLetAConsumerTakeOverFromOneKilledWhileWaitingForAnItem() throws Exception {
        Queue<String> q = Queue.create();
        SharedLong waiting = SharedLong.createRaw(0);
        JvmProcess child = new JvmProcess(() -> {
            waiting.set(1);
            q.get();
        }).start();
        Timeouts.awaitTrue("child waits in get", WAIT, () -> waiting.get() == 1);
        Thread.sleep(500);
        child.kill();
        assertThat(child.join(Timeouts.scaled(WAIT))).isTrue();
        q.put("after");
        assertThat(q.get(Timeouts.scaled(WAIT))).isEqualTo("after");
    }

    @Test
    void shouldLetAProcessExitAtOnceWithItemsStillUnreadAndKeepThem() throws Exception {
        Queue<Integer> q = Queue.create();
        JvmProcess child = new JvmProcess(() -> IntStream.range(0, 1000).forEach(q::put)).start();
        assertThat(child.join(Timeouts.scaled(WAIT))).isTrue();
        assertThat(child.exitCode()).hasValue(0);
        assertThat(q.size()).isEqualTo(1000);
        for (int i = 0; i < 1000; i++) {
            assertThat(q.get()).isEqualTo(i);
        }
    }

    @Test
    void shouldJoinOnceAWorkerProcessHasMarkedEveryTaskDone() throws Exception {
        JoinableQueue<Integer> jobs = JoinableQueue.create();
        Queue<Integer> done = Queue.create();
        JvmProcess worker = new JvmProcess(() -> {
            for (int i = 0; i < 50; i++) {
                done.put(jobs.get() * 2);
                jobs.taskDone();
            }
        }).start();
        for (int i = 0; i < 50; i++) {
            jobs.put(i);
        }
        assertThat(jobs.join(Timeouts.scaled(WAIT))).isTrue();
        assertThat(done.size()).isEqualTo(50);
        assertThat(jobs.join(Duration.ZERO)).isTrue();
        assertThatThrownBy(jobs::taskDone).isInstanceOf(IllegalStateException.class);
        assertThat(worker.join(Timeouts.scaled(WAIT))).isTrue();
        jobs.put(1);
        assertThat(jobs.join(Duration.ofMillis(50))).isFalse();
    }

    @Test
    void shouldCarryItemsBetweenPoolTasksAndTheParent() {
        SimpleQueue<Long> q = SimpleQueue.create();
        try (Pool pool = Pool.processes(2)) {
            List<Long> pids = pool.map(i -> {
                q.put((long) i);
                return ProcessHandle.current().pid();
            }, IntStream.range(0, 20).boxed().toList());
            assertThat(pids).doesNotContain(ProcessHandle.current().pid());
        }
        long sum = 0;
        for (int i = 0; i < 20; i++) {
            sum += q.get();
        }
        assertThat(sum).isEqualTo(190);
        assertThat(q.isEmpty()).isTrue();
    }
}
