package org.par4j.runtime.pool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.par4j.AsyncResult;
import org.par4j.NotSerializableTaskException;
import org.par4j.Pool;
import org.par4j.PoolBuilder;
import org.par4j.SerializableCallable;
import org.par4j.TaskFailedException;
import org.par4j.WorkerDiedException;

/** The pool contract on worker JVMs, plus what only worker JVMs do: die, be killed, refuse lambdas. */
class ProcessPoolTest extends PoolContractTest {

    @Override
    PoolBuilder builder(int workers) {
        return Pool.builder().processes(workers);
    }

    @Override
    SerializableCallable<Long> workerIdentity() {
        return () -> ProcessHandle.current().pid();
    }

    @Test
    void shouldRunTasksInOtherJvms() {
        try (Pool pool = pool(2)) {
            assertThat(pool.isProcessPool()).isTrue();
            long me = ProcessHandle.current().pid();
            List<Long> pids = pool.map(x -> ProcessHandle.current().pid(), range(40), 1);
            assertThat(pids).doesNotContain(me);
            assertThat(((LocalPool) pool).workerPids()).containsAll(pids.stream().distinct().toList());
        }
    }

    @Test
    void shouldFailWithinOneSecondWhenWorkerIsKilledMidMap() throws Exception {
        try (Pool pool = pool(2)) {
            List<Long> pids = ((LocalPool) pool).workerPids();
            AsyncResult<List<Integer>> r = pool.mapAsync(x -> {
                sleep(200);
                return x;
            }, range(40), 1);
            sleep(300);
            long t0 = System.nanoTime();
            ProcessHandle.of(pids.get(0)).orElseThrow().destroyForcibly();
            assertThat(r.waitFor(patience(1))).as("map failed within 1 s").isTrue();
            Duration took = Duration.ofNanos(System.nanoTime() - t0);
            assertThatThrownBy(r::get).isInstanceOf(ExecutionException.class).cause()
                    .isInstanceOf(WorkerDiedException.class)
                    .hasMessageContaining("worker pid " + pids.get(0))
                    .hasMessageContaining("killed by signal 9")
                    .hasMessageContaining("map(");
            assertThat(took).isLessThan(patience(1));
            // the pool replaced the worker and goes on
            assertThat(pool.map(x -> x + 1, range(20), 1)).isEqualTo(range(20).stream().map(x -> x + 1).toList());
            long deadline = System.nanoTime() + patience(30).toNanos();
            while (((LocalPool) pool).workerPids().size() < 2 && System.nanoTime() < deadline) {
                sleep(20);
            }
            assertThat(((LocalPool) pool).workerPids()).hasSize(2).doesNotContain(pids.get(0));
        }
    }

    @Test
    void shouldReportSystemExitWithLastWords() {
        try (Pool pool = pool(2)) {
            assertThatThrownBy(() -> pool.apply(() -> {
                System.err.println("about to exit");
                System.err.flush();
                System.exit(3);
                return 0;
            })).isInstanceOfSatisfying(WorkerDiedException.class, e -> {
                assertThat(e.exitStatus()).isEqualTo(3);
                assertThat(e.task()).startsWith("apply(");
                assertThat(e.lastWords()).contains("about to exit");
                assertThat(e.pid()).isPositive();
            });
            assertThat(pool.apply(() -> 5)).isEqualTo(5);
        }
    }

    @Test
    void shouldPassWorkerOutputToThisJvm() throws Exception {
        java.io.PrintStream saved = System.out;
        java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
        System.setOut(new java.io.PrintStream(captured, true));
        try (Pool pool = pool(1)) {
            pool.apply(() -> {
                System.out.print("printed by a worker ");
                System.out.println(ProcessHandle.current().pid());
                return 0;
            });
            long deadline = System.nanoTime() + patience(5).toNanos();
            while (!captured.toString().contains("printed by a worker") && System.nanoTime() < deadline) {
                sleep(10);
            }
        } finally {
            System.setOut(saved);
        }
        assertThat(captured.toString()).containsPattern("printed by a worker \\d+\n");
    }

    @Test
    void shouldRunTasksQueuedBehindDyingTaskElsewhere() throws Exception {
        try (Pool pool = pool(1)) {
            AsyncResult<Integer> killer = pool.applyAsync(() -> {
                sleep(300);
                System.exit(5);
                return 0;
            });
            List<AsyncResult<Integer>> others = range(5).stream().map(i -> pool.applyAsync(() -> i * 10)).toList();
            assertThat(killer.waitFor(patience(30))).isTrue();
            assertThatThrownBy(killer::get).cause().isInstanceOfSatisfying(WorkerDiedException.class,
                    e -> assertThat(e.exitStatus()).isEqualTo(5));
            for (int i = 0; i < 5; i++) {
                assertThat(others.get(i).get(patience(30).toMillis(), TimeUnit.MILLISECONDS)).isEqualTo(i * 10);
            }
        }
    }

    @Test
    void shouldDieOnOutOfMemoryRatherThanLimp() {
        try (Pool pool = builder(1).jvmOptions("-Xmx64m").build()) {
            assertThatThrownBy(() -> pool.apply(() -> {
                List<long[]> hog = new java.util.ArrayList<>();
                while (true) {
                    hog.add(new long[1 << 20]);
                }
            })).isInstanceOfSatisfying(WorkerDiedException.class, e -> assertThat(e.exitStatus()).isEqualTo(3));
            assertThat(pool.apply(() -> 6)).isEqualTo(6);
        }
    }

    @Test
    void shouldFailAtCallSiteNamingUnserializableCapture() {
        Object notSerializable = new Object();
        try (Pool pool = pool(1)) {
            assertThatThrownBy(() -> pool.map(x -> x + notSerializable.hashCode(), range(3)))
                    .isInstanceOf(NotSerializableTaskException.class)
                    .hasMessageContaining("java.lang.Object");
            assertThatThrownBy(() -> pool.map(x -> x, List.of(new Object())))
                    .isInstanceOf(NotSerializableTaskException.class)
                    .hasMessageContaining("java.lang.Object");
            Callable<Integer> plain = () -> 1;
            assertThatThrownBy(() -> pool.submit(plain)).isInstanceOf(NotSerializableTaskException.class)
                    .hasMessageContaining("not Serializable");
            assertThat(pool.apply(() -> 1)).isEqualTo(1);
        }
    }

    @Test
    void shouldFailCallWhoseResultCannotBeSentBack() {
        try (Pool pool = pool(1)) {
            assertThatThrownBy(() -> pool.apply(() -> new Object())).isInstanceOf(TaskFailedException.class)
                    .cause().isInstanceOf(NotSerializableTaskException.class).hasMessageContaining("java.lang.Object");
            assertThat(pool.apply(() -> 2)).isEqualTo(2);
        }
    }

    @Test
    void shouldCloseEvenIfWorkerShutdownHookHangs() {
        Pool pool = builder(1).initializer(() -> Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                Thread.sleep(600_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }))).build();
        assertThat(pool.apply(() -> 3)).isEqualTo(3);
        long t0 = System.nanoTime();
        pool.close();
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(patience(20));
    }

    @Test
    void shouldEndWorkersNormallyWhenTasksLeftThreadsRunning(@TempDir Path dir) throws Exception {
        // A worker ends by returning from main; a non-daemon thread left by a task would hold its JVM up
        // until the pool killed it (SIGKILL: no shutdown hooks). The hook's file shows a normal exit.
        String ended = dir.resolve("ended").toString();
        Pool pool = builder(1).initializer(() -> Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                Files.writeString(Path.of(ended), "hooks ran");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }))).build();
        assertThat(pool.apply(() -> {
            Thread.ofPlatform().start(() -> {
                try {
                    Thread.sleep(600_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            return 4;
        })).isEqualTo(4);
        pool.close();
        pool.join();
        assertThat(Path.of(ended)).hasContent("hooks ran");
    }

    @Test
    void shouldGiveUpWhenEveryWorkerDiesAtStart() throws Exception {
        Pool pool = builder(1).initializer(() -> System.exit(7)).build();
        assertThatThrownBy(() -> pool.apply(() -> 1)).isInstanceOf(org.par4j.Par4jException.class);
        assertThat(pool.awaitTermination(patience(30).toMillis(), TimeUnit.MILLISECONDS))
                .as("the pool stops respawning workers that die at start").isTrue();
        assertThatThrownBy(() -> pool.apply(() -> 1)).isInstanceOf(org.par4j.PoolClosedException.class);
        pool.join();
    }

    @Test
    void shouldFailPoolCreationClearlyWhenWorkersCannotStart() {
        assertThatThrownBy(() -> builder(1).jvmOptions("-XX:+NoSuchJvmFlag").build())
                .hasMessageContaining("NoSuchJvmFlag");
    }

    @Test
    void shouldStartPoolQuickly() throws Exception {
        long t0 = System.nanoTime();
        try (Pool pool = pool(2)) {
            assertThat(pool.applyAsync(() -> 1).get(patience(30).toMillis(), TimeUnit.MILLISECONDS)).isEqualTo(1);
        }
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(patience(30));
    }
}
