package org.par4j.runtime.pool;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * A lazy {@code imap} or {@code imapUnordered}: the iterator the caller consumes. Input is read on the
 * consumer's thread, only to keep at most {@code window} chunks submitted and not yet consumed, so
 * memory stays bounded whatever the input's length. A failed chunk throws from {@link #hasNext()} at
 * its place (ordered) or when it arrives (unordered); iteration may go on after it, as in Python.
 *
 * <p>Concurrency: outcomes are stored by worker threads under {@link #lock}; everything else runs on
 * the single consumer thread.
 */
final class ImapCall extends PoolCall implements Iterator<Object> {
    private final LocalPool pool;
    private final Iterator<?> source;
    private final int chunksize;
    private final boolean ordered;
    private final int window;
    private final ProgressBar progress;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition arrived = lock.newCondition();
    /** Ordered: outcome per chunk index. Guarded by lock. */
    private final Map<Integer, Object> byIndex = new HashMap<>();
    /** Unordered: outcomes in arrival order. Guarded by lock. */
    private final ArrayDeque<Object> byArrival = new ArrayDeque<>();
    private int submitted;
    private int consumed;
    private long itemsRead;
    private boolean sourceDone;
    private Object[] current;
    private int pos;
    private volatile boolean finished;

    ImapCall(LocalPool pool, long id, String kind, Function<Object, Object> fn, byte[] fnBytes, Iterator<?> source,
            int chunksize, boolean ordered, int window, ProgressBar progress) {
        super(id, kind, fn, fnBytes);
        this.pool = pool;
        this.source = source;
        this.chunksize = chunksize;
        this.ordered = ordered;
        this.window = window;
        this.progress = progress;
    }

    @Override
    public boolean hasNext() {
        while (current == null || pos == current.length) {
            current = null;
            topUp();
            if (consumed == submitted && sourceDone) {
                finish();
                return false;
            }
            Object outcome = nextOutcome();
            consumed++;
            if (outcome instanceof Throwable t) {
                throw Await.unwrap(t);
            }
            current = (Object[]) outcome;
            pos = 0;
        }
        return true;
    }

    @Override
    public Object next() {
        if (!hasNext()) {
            throw new NoSuchElementException("imap has no more results");
        }
        return current[pos++];
    }

    private void topUp() {
        while (!sourceDone && submitted - consumed < window) {
            if (!source.hasNext()) {
                sourceDone = true;
                return;
            }
            Object[] items = new Object[chunksize];
            int n = 0;
            while (n < chunksize && source.hasNext()) {
                items[n++] = source.next();
            }
            if (n < chunksize) {
                items = java.util.Arrays.copyOf(items, n);
            }
            pool.enqueue(pool.chunk(this, submitted, itemsRead, items));
            submitted++;
            itemsRead += n;
        }
    }

    private Object nextOutcome() {
        lock.lock();
        try {
            while (true) {
                Object o = ordered ? byIndex.remove(consumed) : byArrival.pollFirst();
                if (o != null) {
                    return o;
                }
                if (!arrived.await(100, TimeUnit.MILLISECONDS) && pool.isTerminated()) {
                    o = ordered ? byIndex.remove(consumed) : byArrival.pollFirst();
                    if (o != null) {
                        return o;
                    }
                    throw new org.par4j.PoolClosedException("the pool was terminated while imap was running");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.util.concurrent.CancellationException("interrupted while waiting for imap results");
        } finally {
            lock.unlock();
        }
    }

    private void store(Chunk chunk, Object outcome) {
        lock.lock();
        try {
            if (ordered) {
                byIndex.put(chunk.index, outcome);
            } else {
                byArrival.addLast(outcome);
            }
            arrived.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private void finish() {
        if (!finished) {
            finished = true;
            if (progress != null) {
                progress.finish();
            }
            pool.callFinished(id);
        }
    }

    @Override
    void succeeded(Chunk chunk, Object[] results) {
        if (progress != null) {
            progress.advance(chunk.count);
        }
        store(chunk, results);
    }

    @Override
    void failed(Chunk chunk, Throwable error) {
        store(chunk, error);
    }

    @Override
    boolean isFinished() {
        return finished;
    }
}
