package org.par4j.runtime.pool;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.par4j.Par4jException;
import org.par4j.RemoteException;
import org.par4j.WorkerDiedException;
import org.par4j.runtime.spawn.WorkerJvm;
import org.par4j.runtime.spawn.WorkerProtocol;
import org.par4j.runtime.wire.Codecs;
import org.par4j.runtime.wire.FrameChannel;
import org.par4j.runtime.wire.ObjectCodec;
import org.par4j.runtime.wire.WireInput;
import org.par4j.runtime.wire.WireOutput;

/**
 * The parent's side of one pool worker JVM: a sender thread that takes chunks from the pool's queue
 * and writes them (several per system call), and a reader thread that matches results to chunks.
 *
 * <p>Pipelining: up to {@link #window()} chunks are in flight, so the worker always has the next
 * chunk buffered. The window follows the worker's measured time per chunk: about
 * {@value #LATENCY_NANOS} ns of work in flight (a round trip's worth), between 2 and {@value #MAX_WINDOW}.
 * The worker answers in order, so the oldest chunk in flight is the one a result belongs to.
 *
 * <p>States: RUNNING -&gt; RETIRING (sent maxTasksPerChild chunks, waits for them, sends EXIT)
 * or EXITING (pool stops) -&gt; DEAD (end of file: the chunk it was running fails with
 * {@link WorkerDiedException}, the ones queued behind it go back to the pool's queue; all fail with a
 * cancellation when the pool is being terminated). Guarded by {@link #lock}.
 */
final class ProcessWorker {
    private static final long LATENCY_NANOS = 200_000;
    private static final int MAX_WINDOW = 64;
    /** Chunks taking longer than this are sent one at a time (see {@link #window()}). */
    private static final long COARSE_NANOS = 2 * LATENCY_NANOS;
    private static final int DIRECT_LIMIT = 32 * 1024;

    private final LocalPool pool;
    private final ProcessBackend backend;
    private final WorkerJvm jvm;
    private final FrameChannel channel;
    private final int maxTasks;
    private final ObjectCodec codec = Codecs.objects();
    private final ReentrantLock lock = new ReentrantLock();
    /** Held while admitting and writing, so chunks go on the wire in the order they enter {@link #inflight}. */
    private final ReentrantLock writeLock = new ReentrantLock();
    private final Condition room = lock.newCondition();
    private final ArrayDeque<Chunk> inflight = new ArrayDeque<>();
    private final Set<Long> defined = ConcurrentHashMap.newKeySet();
    private final ConcurrentLinkedQueue<Long> forgets = new ConcurrentLinkedQueue<>();
    private double nanosPerChunk = 1_000_000;
    private boolean dead;
    private volatile boolean exiting;
    private int sent;
    private volatile int answered;
    private Thread sender;

    private ProcessWorker(LocalPool pool, ProcessBackend backend, WorkerJvm jvm, int maxTasks) {
        this.pool = pool;
        this.backend = backend;
        this.jvm = jvm;
        this.channel = jvm.channel();
        this.maxTasks = maxTasks;
    }

    /**
     * Sends the INIT message and starts the worker's two threads.
     *
     * @return the running worker
     */
    static ProcessWorker start(LocalPool pool, ProcessBackend backend, WorkerJvm jvm, byte[] initializer,
            int maxTasks) {
        try {
            WireOutput out = jvm.channel().startFrame();
            out.writeByte(WorkerProtocol.INIT);
            out.writeBytes(initializer, 0, initializer.length);
            jvm.channel().endFrame();
            jvm.channel().flush();
        } catch (IOException e) {
            jvm.close();
            throw new Par4jException("worker pid " + jvm.pid() + " died at start-up: " + jvm.lastWords(), e);
        }
        ProcessWorker w = new ProcessWorker(pool, backend, jvm, maxTasks);
        String name = "par4j-" + pool.name() + "-w" + jvm.pid();
        w.sender = Thread.ofPlatform().daemon().name(name + "-send").start(w::sendLoop);
        Thread.ofPlatform().daemon().name(name + "-recv").start(w::readLoop);
        return w;
    }

    long pid() {
        return jvm.pid();
    }

    /** @return true if it exited because it was told to (pool stop, maxTasksPerChild, kill) */
    boolean exitedOnRequest() {
        return exiting;
    }

    /** @return how many chunks it answered */
    int answered() {
        return answered;
    }

    /** @return its exit status, once it has exited */
    java.util.OptionalInt exitStatus() {
        return jvm.exitStatus();
    }

    /** @return its last lines of standard error */
    List<String> lastWords() {
        return jvm.lastWords();
    }

    /** @param callId a finished call: its function is dropped with the next message to this worker */
    void forget(long callId) {
        if (defined.remove(callId)) {
            forgets.add(callId);
        }
    }

    /** Kills the worker now (the pool is terminated). */
    void kill() {
        exiting = true;
        jvm.kill();
    }

    private int window() {
        // Coarse chunks (and the first one, before any is timed) go one at a time: a second chunk
        // buffered here would wait behind the first while another worker idles (one chunk per
        // worker, as in Monte Carlo pi, must run on all of them). A round trip is small beside them.
        if (nanosPerChunk >= COARSE_NANOS) {
            return 1;
        }
        return (int) Math.max(2, Math.min(MAX_WINDOW, 1 + Math.ceil(LATENCY_NANOS / Math.max(1.0, nanosPerChunk))));
    }

    // ---- sender thread -------------------------------------------------------------------

    private void sendLoop() {
        List<Chunk> batch = new ArrayList<>();
        try {
            while (true) {
                int free = awaitRoom();
                if (free <= 0) {
                    return;
                }
                Chunk first = pool.takeChunk(false);
                if (first == LocalPool.POISON) {
                    sendExit();
                    return;
                }
                batch.add(first);
                pool.drainChunks(batch, free - 1);
                writeLock.lock();
                try {
                    if (!admit(batch)) {
                        return;
                    }
                    List<Chunk> admitted = List.copyOf(batch);
                    batch.clear();
                    write(admitted);
                } finally {
                    writeLock.unlock();
                }
                if (maxTasks > 0 && sent >= maxTasks) {
                    retire();
                    return;
                }
            }
        } catch (InterruptedException e) {
            // the worker died or was killed
        } catch (IOException e) {
            // the reader sees the worker's death and reports it
        } finally {
            pool.requeue(batch);
        }
    }

    /**
     * Sends a chunk on the caller's thread when this worker is idle, which saves waking the sender
     * thread: the round trip of a lone {@code apply}.
     *
     * @return true if the chunk is in flight here
     */
    boolean trySendDirect(Chunk c) {
        // only small chunks: the caller holds the pool's lock, and this write must not block
        if (maxTasks > 0 || c.encoded.length + c.call.fnBytes.length > DIRECT_LIMIT || !writeLock.tryLock()) {
            return false;
        }
        try {
            lock.lock();
            try {
                if (dead || exiting || !inflight.isEmpty()) {
                    return false;
                }
                inflight.add(c);
                sent++;
            } finally {
                lock.unlock();
            }
            write(List.of(c));
        } catch (IOException e) {
            // in flight already: the reader sees the death and fails it
        } finally {
            writeLock.unlock();
        }
        return true;
    }

    private int awaitRoom() throws InterruptedException {
        lock.lock();
        try {
            while (!dead && inflight.size() >= window()) {
                room.await();
            }
            int free = window() - inflight.size();
            return dead ? -1 : maxTasks > 0 ? Math.min(free, maxTasks - sent) : free;
        } finally {
            lock.unlock();
        }
    }

    private boolean admit(List<Chunk> batch) {
        lock.lock();
        try {
            if (dead) {
                return false;
            }
            inflight.addAll(batch);
            sent += batch.size();
            return true;
        } finally {
            lock.unlock();
        }
    }

    private void write(List<Chunk> batch) throws IOException {
        for (Long id; (id = forgets.poll()) != null;) {
            WireOutput out = channel.startFrame();
            out.writeByte(WorkerProtocol.FORGET);
            out.writeLong(id);
            channel.endFrame();
        }
        for (Chunk c : batch) {
            WireOutput out = channel.startFrame();
            out.writeByte(WorkerProtocol.CHUNK);
            out.writeLong(c.call.id);
            out.writeInt(c.index);
            boolean first = defined.add(c.call.id);
            out.writeByte((first ? WorkerProtocol.HAS_FUNCTION : 0) | (c.call.lone ? WorkerProtocol.LONE : 0));
            if (first) {
                out.writeBytes(c.call.fnBytes, 0, c.call.fnBytes.length);
            }
            out.writeBytes(c.encoded, 0, c.encoded.length);
            channel.endFrame();
        }
        channel.flush();
    }

    private void retire() throws InterruptedException, IOException {
        lock.lock();
        try {
            while (!dead && !inflight.isEmpty()) {
                room.await();
            }
            if (dead) {
                return;
            }
        } finally {
            lock.unlock();
        }
        exiting = true;
        sendExit();
    }

    private void sendExit() throws IOException {
        exiting = true;
        writeLock.lock();
        try {
            channel.startFrame().writeByte(WorkerProtocol.EXIT);
            channel.endFrame();
            channel.flush();
        } finally {
            writeLock.unlock();
        }
    }

    // ---- reader thread -------------------------------------------------------------------

    private void readLoop() {
        try {
            while (true) {
                WireInput in = channel.readFrame();
                int type = in.readByte();
                long callId = in.readLong();
                int index = in.readInt();
                long nanos = in.readLong();
                Chunk c = oldest(nanos);
                if (c == null || c.call.id != callId || c.index != index) {
                    throw new IOException("protocol error: result for call " + callId + " chunk " + index
                            + " but the oldest chunk in flight is " + c);
                }
                answered++;
                if (type == WorkerProtocol.RESULT) {
                    deliver(c, in);
                } else {
                    pool.failed(c, Failures.taskFailed("worker pid " + jvm.pid(), decodeThrowable(in)));
                }
            }
        } catch (IOException | RuntimeException e) {
            died();
        }
    }

    private Chunk oldest(long nanos) {
        lock.lock();
        try {
            Chunk c = inflight.pollFirst();
            nanosPerChunk = 0.8 * nanosPerChunk + 0.2 * nanos;
            room.signalAll();
            return c;
        } finally {
            lock.unlock();
        }
    }

    private void deliver(Chunk c, WireInput in) {
        Object[] results;
        try {
            results = (Object[]) codec.decode(in);
            if (results.length != c.count) {
                throw new IllegalStateException(results.length + " results for " + c.count + " items");
            }
        } catch (RuntimeException e) {
            pool.failed(c, new Par4jException("cannot decode the results of " + c.describe() + ": " + e, e));
            return;
        }
        pool.succeeded(c, results);
    }

    private Throwable decodeThrowable(WireInput in) {
        try {
            return (Throwable) codec.decode(in);
        } catch (RuntimeException e) {
            return new RemoteException("unknown", "the task failed, and its exception cannot be decoded here: " + e);
        }
    }

    private void died() {
        List<Chunk> lost;
        lock.lock();
        try {
            dead = true;
            lost = new ArrayList<>(inflight);
            inflight.clear();
            room.signalAll();
        } finally {
            lock.unlock();
        }
        sender.interrupt();
        int status = awaitExit();
        if (pool.isTerminating()) {
            for (Chunk c : lost) {
                pool.failed(c, new CancellationException("the pool was terminated while " + c.describe() + " ran"));
            }
        } else if (!lost.isEmpty()) {
            // The worker answers in order and sends each result before starting the next chunk: the
            // oldest unanswered chunk is the one it was running; the others never started.
            Chunk running = lost.get(0);
            pool.requeue(lost.subList(1, lost.size()));
            pool.failed(running, new WorkerDiedException(jvm.pid(), status, running.describe(), jvm.lastWords()));
        }
        jvm.close();
        backend.workerExited(this);
    }

    private int awaitExit() {
        try {
            if (!jvm.waitFor(Duration.ofMillis(exiting ? 2000 : 500))) {
                jvm.kill();
                jvm.waitFor(Duration.ofSeconds(2));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return jvm.exitStatus().orElse(Integer.MIN_VALUE);
    }
}
