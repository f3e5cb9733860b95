package org.par4j.mpi.engine.coll;

import org.par4j.mpi.Op;
import org.par4j.mpi.engine.CollChannel;

/** Objects: encoded on send, decoded on receipt, combined by {@link Op#combine(Object, Object)}. */
public record ObjectPayload(Op op) implements Payload<Object> {

    @Override
    public void send(CollChannel ch, int dst, int tag, Object v) {
        ch.sendBytes(dst, tag, CollChannel.encode(v));
    }

    @Override
    public Object recv(CollChannel ch, int src, int tag) {
        return CollChannel.decode(ch.recvBytes(src, tag));
    }

    @Override
    public Object combine(Object lower, Object higher) {
        return op.combine(lower, higher);
    }

    @Override
    public Object copy(Object v) {
        return v;
    }
}
