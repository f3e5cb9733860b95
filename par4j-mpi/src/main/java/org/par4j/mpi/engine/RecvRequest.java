package org.par4j.mpi.engine;

import org.par4j.mpi.Buffer;
import org.par4j.mpi.Comm;
import org.par4j.mpi.Datatype;
import org.par4j.mpi.MpiException;
import org.par4j.mpi.Status;
import org.par4j.runtime.wire.Codecs;
import org.par4j.runtime.wire.WireInput;

/**
 * A receive. States: POSTED (in the posted queue) -> MATCHED (its message is streaming in) -> DONE; or
 * FAILED (truncation, type mismatch, a dead sender) / CANCELLED (only while POSTED).
 * {@code buf == null} means an object receive: the body lands in {@link #objectBytes} and is decoded on
 * the first {@link #object()} call.
 */
final class RecvRequest extends EngineRequest {
    final EngineComm comm;
    final int context;
    final int sourceWorld;
    final int tag;
    final Buffer buf;
    /** Set for a receive that reduces into {@code buf} as the message arrives; null for a plain one. */
    Combiner combiner;
    byte[] objectBytes;
    boolean posted;
    private Status status;
    private MpiException error;
    private boolean cancelled;
    private Object decoded;
    private boolean isDecoded;

    RecvRequest(Engine engine, EngineComm comm, int context, int sourceWorld, int tag, Buffer buf) {
        super(engine);
        this.comm = comm;
        this.context = context;
        this.sourceWorld = sourceWorld;
        this.tag = tag;
        this.buf = buf;
    }

    boolean matches(int ctx, int src, int t) {
        return ctx == context && (sourceWorld == Comm.ANY_SOURCE || sourceWorld == src) && (tag == Comm.ANY_TAG || tag == t);
    }

    void complete(int srcWorld, int msgTag, long bytes, Datatype type) {
        RuntimeException failed = combiner == null ? null : combiner.failure();
        if (failed != null) {
            error = new MpiException("the reduction of the message from rank " + comm.localRank(srcWorld) + " failed: " + failed.getMessage(), failed);
            return;
        }
        status = new Status(comm.localRank(srcWorld), msgTag, bytes, type, false);
    }

    void completeNull() {
        status = new Status(Comm.PROC_NULL, Comm.ANY_TAG, 0, buf == null ? null : buf.type(), false);
    }

    @Override
    public boolean isDone() {
        return status != null || error != null || cancelled;
    }

    @Override
    public int peer() {
        return sourceWorld;
    }

    @Override
    public void fail(MpiException e) {
        if (!isDone()) {
            error = e;
            if (posted) {
                engine.matcher().unpost(this);
            }
        }
    }

    @Override
    public boolean cancel() {
        if (isDone() || !posted) {
            return false;
        }
        engine.matcher().unpost(this);
        cancelled = true;
        return true;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T object() {
        if (buf != null) {
            throw new IllegalStateException("a buffer receive carries no object: read the buffer");
        }
        if (!isDone()) {
            throw new IllegalStateException("the receive has not completed: call waitFor() first");
        }
        result();
        if (!isDecoded) {
            decoded = objectBytes == null ? null : Codecs.objects().decode(new WireInput(objectBytes));
            isDecoded = true;
        }
        return (T) decoded;
    }

    @Override
    Status result() {
        if (error != null) {
            throw error;
        }
        return cancelled ? new Status(Comm.ANY_SOURCE, Comm.ANY_TAG, 0, null, true) : status;
    }
}
