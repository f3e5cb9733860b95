package org.par4j.runtime.pool;

/**
 * A run of consecutive items of one call, sent to one worker as one message. For the process backend
 * the items are encoded on the caller's thread ({@link #encoded}); the thread backend takes them as
 * they are ({@link #items}).
 */
final class Chunk {
    final PoolCall call;
    /** Position of this chunk in its call, from 0. */
    final int index;
    /** Position of its first item in the call's input. */
    final long offset;
    final int count;
    final Object[] items;
    final byte[] encoded;
    private final java.util.concurrent.atomic.AtomicBoolean done = new java.util.concurrent.atomic.AtomicBoolean();

    Chunk(PoolCall call, int index, long offset, Object[] items, byte[] encoded, int count) {
        this.call = call;
        this.index = index;
        this.offset = offset;
        this.items = items;
        this.encoded = encoded;
        this.count = count;
    }

    /** @return true the first time only: a chunk's outcome is reported once, whoever reports it */
    boolean markDone() {
        return !done.get() && done.compareAndSet(false, true);
    }

    /** @return a description for error messages, such as "map(Squares$$Lambda) items 8..11" */
    String describe() {
        String items = count == 1 ? "item " + offset : "items " + offset + ".." + (offset + count - 1);
        return call.describe() + " " + items;
    }

    @Override
    public String toString() {
        return describe();
    }
}
