package org.par4j.runtime.pool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.par4j.AsyncResult;
import org.par4j.Pool;
import org.par4j.PoolBuilder;
import org.par4j.PoolClosedException;
import org.par4j.RemoteException;
import org.par4j.SerializableCallable;
import org.par4j.TaskFailedException;
import org.par4j.runtime.testing.DumpThreadsOnTimeout;
import org.par4j.runtime.testing.NoLeftoverProcesses;
import org.par4j.runtime.testing.Timeouts;

/**
 * The behaviour every pool backend shares; subclassed once per backend. Each test closes its pool,
 * and {@link NoLeftoverProcesses} checks that no worker outlives it.
 */
@ExtendWith({NoLeftoverProcesses.class, DumpThreadsOnTimeout.class})
abstract class PoolContractTest {
    /** Set by the initializer test's initializer, in whichever thread or JVM runs the tasks. */
    static final ThreadLocal<String> INITIALIZED = new ThreadLocal<>();

    /** @return a builder for this backend with {@code workers} workers */
    abstract PoolBuilder builder(int workers);

    /** @return an id of whatever runs the task: a pid or a thread id */
    abstract SerializableCallable<Long> workerIdentity();

    Pool pool(int workers) {
        return builder(workers).build();
    }

    static List<Integer> range(int n) {
        return IntStream.range(0, n).boxed().toList();
    }

    static Duration patience(double seconds) {
        return Timeouts.seconds(seconds);
    }

    @Test
    void shouldMapInInputOrderForEveryChunksize() {
        try (Pool pool = pool(2)) {
            List<Integer> in = range(1000);
            List<Integer> expected = in.stream().map(x -> x * x).toList();
            for (int chunksize : new int[] {0, 1, 3, 1000, 5000}) {
                assertThat(pool.map(x -> x * x, in, chunksize)).as("chunksize %d", chunksize).isEqualTo(expected);
            }
            assertThat(pool.map(x -> x * x, List.of(1, 2, 3, 4, 5))).containsExactly(1, 4, 9, 16, 25);
        }
    }

    @Test
    void shouldMapIterableThatIsNoCollectionInOrder() {
        try (Pool pool = pool(2)) {
            Iterable<Integer> in = () -> range(100).iterator();
            assertThat(pool.map(x -> x + 1, in, 7)).isEqualTo(IntStream.rangeClosed(1, 100).boxed().toList());
            assertThat(pool.map(x -> x + 1, in, 100)).hasSize(100).startsWith(1, 2).endsWith(100);
        }
    }

    @Test
    void shouldMapEmptyInputToEmptyList() {
        try (Pool pool = pool(2)) {
            assertThat(pool.map((Integer x) -> x + 1, List.of())).isEmpty();
        }
    }

    @Test
    void shouldMapAsyncAsFutureAndCompletionStage() throws Exception {
        try (Pool pool = pool(2)) {
            AsyncResult<List<Integer>> r = pool.mapAsync(x -> x + 1, range(100));
            var sum = r.thenApply(list -> list.stream().mapToInt(Integer::intValue).sum()).toCompletableFuture();
            assertThat(r.waitFor(patience(20))).isTrue();
            assertThat(r.ready()).isTrue();
            assertThat(r.successful()).isTrue();
            assertThat(r.get()).isEqualTo(range(100).stream().map(x -> x + 1).toList());
            assertThat(sum.get(patience(20).toMillis(), TimeUnit.MILLISECONDS)).isEqualTo(5050);
        }
    }

    @Test
    void shouldStarmapPairs() throws Exception {
        try (Pool pool = pool(2)) {
            List<Map.Entry<Double, Double>> pairs = List.of(Map.entry(2.0, 10.0), Map.entry(3.0, 2.0));
            assertThat(pool.starmap(Math::pow, pairs)).containsExactly(1024.0, 9.0);
            assertThat(pool.starmapAsync((Integer a, Integer b) -> a - b, List.of(Map.entry(5, 3))).get())
                    .containsExactly(2);
        }
    }

    @Test
    void shouldImapInOrderReadingInputLazily() {
        try (Pool pool = pool(2)) {
            CountingIterator source = new CountingIterator(100_000);
            Iterator<Integer> out = pool.imap(x -> x * 2, source, 1);
            for (int i = 0; i < 10; i++) {
                assertThat(out.next()).isEqualTo(2 * i);
            }
            // read only a bounded window ahead of the consumer, never the whole input
            assertThat(source.read()).isLessThanOrEqualTo(10 + 64L * 2 + 1);
            int expected = 10;
            while (out.hasNext() && expected < 1000) {
                assertThat(out.next()).isEqualTo(2 * expected++);
            }
        }
    }

    @Test
    void shouldImapWithDefaultChunksize() {
        try (Pool pool = pool(2)) {
            List<Integer> results = new ArrayList<>();
            pool.imap((Integer x) -> x + 1, range(50)).forEachRemaining(results::add);
            assertThat(results).isEqualTo(range(50).stream().map(x -> x + 1).toList());
        }
    }

    @Test
    void shouldImapUnorderedEveryResultOnce() {
        try (Pool pool = pool(3)) {
            List<Integer> results = new ArrayList<>();
            pool.imapUnordered(x -> x * 3, range(500).iterator(), 7).forEachRemaining(results::add);
            assertThat(results).containsExactlyInAnyOrderElementsOf(range(500).stream().map(x -> x * 3).toList());
            List<Integer> one = new ArrayList<>();
            pool.imapUnordered((Integer x) -> -x, range(5)).forEachRemaining(one::add);
            assertThat(one).containsExactlyInAnyOrder(0, -1, -2, -3, -4);
        }
    }

    @Test
    void shouldRunMillionTinyTasksThroughImapWithoutHeapGrowth() {
        try (Pool pool = pool(2)) {
            Iterator<Integer> out = pool.imap(x -> x + 1, new CountingIterator(1_000_000), 100);
            long sum = 0;
            long usedAfterWarmup = 0;
            for (int i = 0; i < 1_000_000; i++) {
                sum += out.next();
                if (i == 100_000) {
                    usedAfterWarmup = usedHeapAfterGc();
                }
            }
            long growth = usedHeapAfterGc() - usedAfterWarmup;
            assertThat(out.hasNext()).isFalse();
            assertThat(sum).isEqualTo(1_000_000L * 1_000_001L / 2);
            assertThat(growth).as("heap growth in bytes").isLessThan(16L << 20);
        }
    }

    private static long usedHeapAfterGc() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }

    @Test
    void shouldApplyInEveryForm() throws Exception {
        try (Pool pool = pool(2)) {
            assertThat(pool.apply(() -> 6 * 7)).isEqualTo(42);
            assertThat(pool.apply((Integer x) -> x + 1, 41)).isEqualTo(42);
            AsyncResult<String> r = pool.applyAsync(() -> "async");
            assertThat(r.get(patience(20).toMillis(), TimeUnit.MILLISECONDS)).isEqualTo("async");
            assertThat(pool.applyAsync((String s) -> s.length(), "four").get()).isEqualTo(4);
        }
    }

    @Test
    void shouldServeAsExecutorService() throws Exception {
        try (Pool pool = pool(2)) {
            Future<Integer> f = pool.submit((Callable<Integer> & Serializable) () -> 7);
            assertThat(f.get()).isEqualTo(7);
            assertThat(pool.submit(() -> 8).get()).isEqualTo(8);
            assertThat(pool.submit((Runnable & Serializable) () -> { }).get()).isNull();
            assertThat(pool.submit((Runnable & Serializable) () -> { }, "done").get()).isEqualTo("done");
            List<Callable<Integer>> tasks = List.of(
                    (Callable<Integer> & Serializable) () -> 1,
                    (Callable<Integer> & Serializable) () -> 2,
                    (Callable<Integer> & Serializable) () -> 3);
            List<Integer> all = new ArrayList<>();
            for (Future<Integer> g : pool.invokeAll(tasks)) {
                all.add(g.get());
            }
            assertThat(all).containsExactly(1, 2, 3);
            assertThat(pool.invokeAll(tasks, patience(20).toMillis(), TimeUnit.MILLISECONDS)).allMatch(Future::isDone);
            assertThat(pool.invokeAny(tasks)).isIn(1, 2, 3);
            List<Callable<Integer>> oneWorks = List.of(
                    (Callable<Integer> & Serializable) () -> { throw new IllegalStateException("no"); },
                    (Callable<Integer> & Serializable) () -> 5);
            assertThat(pool.invokeAny(oneWorks, patience(20).toMillis(), TimeUnit.MILLISECONDS)).isEqualTo(5);
            pool.execute((Runnable & Serializable) () -> { });
            assertThat(pool.isShutdown()).isFalse();
            pool.shutdown();
            assertThat(pool.isShutdown()).isTrue();
            assertThat(pool.awaitTermination(patience(20).toMillis(), TimeUnit.MILLISECONDS)).isTrue();
            assertThat(pool.isTerminated()).isTrue();
        }
    }

    @Test
    void shouldFailWithOriginalExceptionTypeAndRemoteTrace() {
        try (Pool pool = pool(2)) {
            assertThatThrownBy(() -> pool.map(x -> {
                if (x == 13) {
                    throw new UncheckedIOException("bad item " + x, new IOException("disk"));
                }
                return x;
            }, range(50), 5))
                    .isInstanceOf(TaskFailedException.class)
                    .hasCauseInstanceOf(UncheckedIOException.class)
                    .hasRootCauseMessage("disk")
                    .satisfies(e -> {
                        Throwable cause = e.getCause();
                        assertThat(cause).hasMessage("bad item 13");
                        assertThat(cause.getStackTrace()).anyMatch(
                                el -> el.getClassName().startsWith(PoolContractTest.class.getName()));
                    });
            // a checked exception from a Callable arrives as itself
            assertThatThrownBy(() -> pool.apply(() -> {
                throw new IOException("checked");
            })).isInstanceOf(TaskFailedException.class).cause().isInstanceOf(IOException.class).hasMessage("checked");
            // the pool keeps working
            assertThat(pool.map(x -> x + 1, range(10))).isEqualTo(range(10).stream().map(x -> x + 1).toList());
        }
    }

    @Test
    void shouldCarryUnserializableExceptionAsRemoteException() {
        try (Pool pool = pool(1)) {
            assertThatThrownBy(() -> pool.apply(() -> {
                throw new UnserializableException();
            })).isInstanceOf(TaskFailedException.class).satisfies(e -> {
                Throwable cause = e.getCause();
                if (cause instanceof RemoteException remote) {
                    assertThat(remote.remoteClassName()).isEqualTo(UnserializableException.class.getName());
                } else {
                    assertThat(cause).isInstanceOf(UnserializableException.class);
                }
                assertThat(cause.getMessage()).contains("holds a thread");
            });
        }
    }

    /** An exception that JDK serialization cannot carry. */
    static final class UnserializableException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        @SuppressWarnings("unused")
        private final Object thread = new Object() { };

        UnserializableException() {
            super("holds a thread");
        }
    }

    @Test
    void shouldRejectCallsOnClosedPool() {
        Pool pool = pool(1);
        pool.close();
        assertThatThrownBy(() -> pool.map(x -> x, range(3))).isInstanceOf(PoolClosedException.class)
                .hasMessageContaining("no new tasks");
        assertThatThrownBy(() -> pool.apply(() -> 1)).isInstanceOf(PoolClosedException.class);
        assertThatThrownBy(() -> pool.submit(() -> 1)).isInstanceOf(PoolClosedException.class);
        assertThatThrownBy(() -> pool.imap((Integer x) -> x, range(3))).isInstanceOf(PoolClosedException.class);
        Pool other = pool(1);
        other.terminate();
        assertThatThrownBy(() -> other.applyAsync(() -> 1)).isInstanceOf(PoolClosedException.class);
        other.join();
    }

    @Test
    void shouldRejectJoinWhileRunning() {
        try (Pool pool = pool(1)) {
            assertThatThrownBy(pool::join).isInstanceOf(IllegalStateException.class).hasMessageContaining("running");
        }
    }

    @Test
    void shouldFinishQueuedTasksOnClose() throws Exception {
        Pool pool = pool(2);
        AsyncResult<List<Integer>> r = pool.mapAsync(x -> {
            sleep(5);
            return x;
        }, range(40), 1);
        pool.close();
        assertThat(r.isDone()).isTrue();
        assertThat(r.get()).isEqualTo(range(40));
        assertThat(pool.isTerminated()).isTrue();
    }

    @Test
    void shouldTerminateWithRunningTasks() throws Exception {
        Pool pool = pool(2);
        AsyncResult<List<Integer>> r = pool.mapAsync(x -> {
            sleep(60_000);
            return x;
        }, range(8), 1);
        AsyncResult<Integer> queued = pool.applyAsync(() -> 1);
        sleep(300);
        long t0 = System.nanoTime();
        pool.terminate();
        assertThat(pool.awaitTermination(patience(10).toMillis(), TimeUnit.MILLISECONDS)).isTrue();
        assertThat(r.waitFor(patience(5))).isTrue();
        assertThatThrownBy(r::get).isInstanceOf(CancellationException.class);
        assertThatThrownBy(queued::get).isInstanceOf(CancellationException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(patience(10));
        pool.join();
    }

    @Test
    void shouldShutdownNowFailingQueuedCalls() throws Exception {
        Pool pool = pool(1);
        AsyncResult<Integer> running = pool.applyAsync(() -> {
            sleep(60_000);
            return 1;
        });
        AsyncResult<List<Integer>> queued = pool.mapAsync(x -> x, range(10), 1);
        sleep(200);
        assertThat(pool.shutdownNow()).isEmpty();
        assertThat(pool.isShutdown()).isTrue();
        assertThat(pool.awaitTermination(patience(10).toMillis(), TimeUnit.MILLISECONDS)).isTrue();
        assertThat(pool.isTerminated()).isTrue();
        assertThatThrownBy(running::get).isInstanceOf(CancellationException.class);
        assertThatThrownBy(queued::get).isInstanceOf(CancellationException.class);
        assertThat(running.ready()).isTrue();
        assertThat(running.successful()).isFalse();
    }

    @Test
    void shouldRunInitializerInEveryWorker() {
        try (Pool pool = builder(2).initializer(() -> INITIALIZED.set("ready")).build()) {
            assertThat(pool.map(x -> INITIALIZED.get() + x, range(20), 1)).allMatch(s -> s.startsWith("ready"));
        }
    }

    @Test
    void shouldFailTasksClearlyWhenInitializerFails() {
        try (Pool pool = builder(1).initializer(() -> {
            throw new IllegalStateException("no config");
        }).build()) {
            assertThatThrownBy(() -> pool.apply(() -> 1)).isInstanceOf(TaskFailedException.class)
                    .hasMessageContaining("initializer").hasMessageContaining("no config");
        }
    }

    @Test
    void shouldGoOnWithImapAfterFailedItem() {
        try (Pool pool = pool(2)) {
            Iterator<Integer> it = pool.imap(x -> {
                if (x == 2) {
                    throw new IllegalArgumentException("two");
                }
                return x;
            }, range(5));
            assertThat(it.next()).isEqualTo(0);
            assertThat(it.next()).isEqualTo(1);
            assertThatThrownBy(it::next).isInstanceOf(TaskFailedException.class).hasRootCauseMessage("two");
            assertThat(it.next()).isEqualTo(3);
            assertThat(it.next()).isEqualTo(4);
            assertThat(it.hasNext()).isFalse();
        }
    }

    @Test
    void shouldReplaceWorkersAfterMaxTasksPerChild() {
        SerializableCallable<Long> who = workerIdentity();
        try (Pool pool = builder(2).maxTasksPerChild(2).build()) {
            Set<Long> seen = IntStream.range(0, 8).mapToObj(i -> pool.apply(who)).collect(Collectors.toSet());
            // 8 tasks, one at a time, each worker retires after 2: at least 4 distinct workers
            assertThat(seen).hasSizeGreaterThanOrEqualTo(4);
            assertThat(pool.map(x -> x * 2, range(12), 1)).isEqualTo(range(12).stream().map(x -> x * 2).toList());
        }
    }

    @Test
    void shouldNotPrintProgressWhenOff() {
        java.io.PrintStream saved = System.err;
        java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(captured, true));
        try (Pool pool = builder(2).progress(false).build()) {
            pool.map(x -> x, range(100), 1);
        } finally {
            System.setErr(saved);
        }
        assertThat(captured.toString()).doesNotContain("map");
    }

    @Test
    void shouldDrawProgressWhenOn() {
        java.io.PrintStream saved = System.err;
        java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(captured, true));
        try (Pool pool = builder(2).progress(true).name("bar").build()) {
            pool.map(x -> x, range(100), 10);
        } finally {
            System.setErr(saved);
        }
        assertThat(captured.toString()).contains("bar map").contains("100/100").endsWith("\n");
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** An input that counts how far it has been read. */
    static final class CountingIterator implements Iterator<Integer> {
        private final int size;
        private final AtomicLong read = new AtomicLong();

        CountingIterator(int size) {
            this.size = size;
        }

        long read() {
            return read.get();
        }

        @Override
        public boolean hasNext() {
            return read.get() < size;
        }

        @Override
        public Integer next() {
            return (int) read.getAndIncrement();
        }
    }
}
