package org.par4j.mpi.engine.coll;

import org.par4j.mpi.engine.CollChannel;

/**
 * How a reduction algorithm moves and combines its values, so one algorithm serves objects
 * ({@link ObjectPayload}) and typed buffers ({@link BufferPayload}).
 *
 * @param <V> the value type
 */
public interface Payload<V> {

    /** @param ch channel @param dst rank @param tag tag @param v value */
    void send(CollChannel ch, int dst, int tag, V v);

    /** @param ch channel @param src rank @param tag tag @return a fresh value */
    V recv(CollChannel ch, int src, int tag);

    /**
     * @param lower the operand from lower ranks
     * @param higher the operand from higher ranks; may be overwritten and returned
     * @return the combination
     */
    V combine(V lower, V higher);

    /** @param v a value @return an independent copy */
    V copy(V v);

    /** Exchange with a partner: send then receive (sends are eager, so both sides may send first). */
    default V exchange(CollChannel ch, int partner, int tag, V v) {
        send(ch, partner, tag, v);
        return recv(ch, partner, tag);
    }
}
