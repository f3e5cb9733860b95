package org.par4j.mpi.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.par4j.mpi.Comm;
import org.par4j.transport.Endpoint;
import org.par4j.transport.JobKey;
import org.par4j.transport.TransportKind;
import org.par4j.transport.rendezvous.Directory;
import org.par4j.transport.shm.ShmRingFiles;

/**
 * Runs a job's ranks as threads of this JVM, each with its own engine wired exactly as a rank JVM is
 * (shared-memory rings in {@code /dev/shm}, or authenticated TCP over loopback): the single-process
 * mode for tests and benchmarks. A rank that throws is reported to the others as dead, as the launcher
 * reports a dead process, so the ranks waiting on it fail instead of hanging.
 *
 * <pre>{@code
 * ThreadJob.run(4, TransportKind.SHM, world -> {
 *     int sum = world.allreduce(world.rank(), Op.SUM);
 * });
 * }</pre>
 */
public final class ThreadJob {
    private ThreadJob() {
    }

    /**
     * Runs {@code body} on {@code n} ranks and waits for all of them.
     *
     * @param n number of ranks
     * @param transport SHM or TCP between ranks
     * @param body each rank's program
     * @param timeoutMillis how long to wait for the job
     * @throws AssertionError wrapping the first rank's failure (others listed as suppressed)
     */
    public static void run(int n, TransportKind transport, Consumer<Comm> body, long timeoutMillis) {
        String jobId = "t" + ProcessHandle.current().pid() + "-" + System.nanoTime();
        Hub hub = new Hub(n);
        JobKey key = JobKey.random();
        List<Throwable> failures = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int r = 0; r < n; r++) {
            int rank = r;
            Thread t = new Thread(() -> {
                Engine engine = null;
                try {
                    engine = EngineBootstrap.wire(rank, n, jobId, key, transport, hub.view(rank));
                    body.accept(JavaCommProvider.worldOf(engine));
                    engine.flush(10_000);
                    hub.gone(rank, "finished");
                } catch (Throwable e) {
                    synchronized (failures) {
                        failures.add(new AssertionError("rank " + rank + " failed: " + e, e));
                    }
                    hub.gone(rank, "died: " + e);
                } finally {
                    if (engine != null) {
                        hub.awaitAllGone();
                        engine.close();
                    }
                }
            }, "rank-" + r);
            threads.add(t);
            t.start();
        }
        long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        try {
            for (Thread t : threads) {
                t.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(end - System.nanoTime())));
                if (t.isAlive()) {
                    StringBuilder sb = new StringBuilder("job of " + n + " ranks timed out; stacks:\n");
                    for (Thread x : threads) {
                        sb.append(x.getName()).append(' ').append(x.getState()).append('\n');
                        for (StackTraceElement e : x.getStackTrace()) {
                            sb.append("    at ").append(e).append('\n');
                        }
                    }
                    hub.gone(-1, "the test timed out");
                    throw new AssertionError(sb.toString());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        } finally {
            ShmRingFiles.unlinkJob(jobId);
        }
        if (!failures.isEmpty()) {
            AssertionError first = (AssertionError) failures.get(0);
            failures.stream().skip(1).forEach(first::addSuppressed);
            throw first;
        }
    }

    /** The in-process rendezvous shared by the ranks of one job. */
    private static final class Hub {
        private final int n;
        private final Endpoint[] table;
        private final CyclicBarrier barrier;
        private final List<BiConsumer<Integer, String>> listeners = new ArrayList<>();
        private int goneCount;

        Hub(int n) {
            this.n = n;
            this.table = new Endpoint[n];
            this.barrier = new CyclicBarrier(n);
        }

        synchronized void gone(int rank, String text) {
            for (BiConsumer<Integer, String> l : listeners) {
                l.accept(rank, text);
            }
            if (rank >= 0) {
                goneCount++;
                notifyAll();
            }
        }

        synchronized void awaitAllGone() {
            long end = System.currentTimeMillis() + 30_000;
            while (goneCount < n && System.currentTimeMillis() < end) {
                try {
                    wait(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }

        void await() {
            try {
                barrier.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException | BrokenBarrierException | TimeoutException e) {
                throw new IllegalStateException("in-process rendezvous failed: " + e, e);
            }
        }

        Directory view(int rank) {
            return new Directory() {
                @Override
                public List<Endpoint> exchange(Endpoint mine) {
                    synchronized (Hub.this) {
                        table[rank] = mine;
                    }
                    await();
                    synchronized (Hub.this) {
                        return List.of(table.clone());
                    }
                }

                @Override
                public void barrier() {
                    await();
                }

                @Override
                public void onRankGone(BiConsumer<Integer, String> onRankGone) {
                    synchronized (Hub.this) {
                        listeners.add(onRankGone);
                    }
                }

                @Override
                public void abort(int code, String reason) {
                    gone(-1, reason);
                }

                @Override
                public void close() {
                }
            };
        }
    }
}
