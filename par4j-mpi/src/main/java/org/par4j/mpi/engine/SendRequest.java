package org.par4j.mpi.engine;

import org.par4j.mpi.MpiException;
import org.par4j.mpi.Status;

/**
 * A send in flight. States: QUEUED (bytes not all written) -> WRITTEN (all bytes in the link; an ssend
 * then waits for the receiver's ACK) -> DONE; or FAILED (the peer died) / CANCELLED (nothing written yet).
 */
final class SendRequest extends EngineRequest {
    private final int peerWorld;
    private final Status status;
    private final boolean sync;
    private boolean written;
    private boolean acked;
    private boolean cancelled;
    private MpiException error;
    Outgoing queued;

    SendRequest(Engine engine, int peerWorld, Status status, boolean sync) {
        super(engine);
        this.peerWorld = peerWorld;
        this.status = status;
        this.sync = sync;
    }

    void written() {
        written = true;
    }

    void acked() {
        acked = true;
    }

    @Override
    public boolean isDone() {
        return error != null || cancelled || (written && (!sync || acked));
    }

    @Override
    public int peer() {
        return peerWorld;
    }

    @Override
    public void fail(MpiException e) {
        if (!isDone()) {
            error = e;
        }
    }

    @Override
    public boolean cancel() {
        if (isDone() || queued == null || !engine.unqueue(this)) {
            return false;
        }
        cancelled = true;
        return true;
    }

    @Override
    public <T> T object() {
        throw new IllegalStateException("a send request carries no received object");
    }

    @Override
    Status result() {
        if (error != null) {
            throw error;
        }
        return cancelled ? new Status(status.source(), status.tag(), 0, status.type(), true) : status;
    }
}
