package org.par4j.mpi.engine;

import java.lang.foreign.MemorySegment;
import org.par4j.mpi.Buffer;
import org.par4j.mpi.Datatype;
import org.par4j.mpi.Op;
import org.par4j.mpi.Request;
import org.par4j.runtime.wire.Codecs;
import org.par4j.runtime.wire.WireInput;
import org.par4j.runtime.wire.WireOutput;

/**
 * Point-to-point on a communicator's hidden collective context, for the collective algorithms in
 * {@code org.par4j.mpi.engine.coll}: their messages never match user receives. Ranks are local to the
 * communicator. Segments move as raw bytes; {@code ...Bytes} moves encoded objects without decoding
 * them (a tree forwards what it received).
 */
public final class CollChannel {
    private final EngineComm comm;
    private final Engine engine;
    private final int context;

    CollChannel(EngineComm comm, Engine engine, int context) {
        this.comm = comm;
        this.engine = engine;
        this.context = context;
    }

    /** @return this rank in the communicator */
    public int rank() {
        return comm.rank();
    }

    /** @return the communicator's size */
    public int size() {
        return comm.size();
    }

    /** @param dst rank @param tag tag @param seg bytes @return the request */
    public Request isend(int dst, int tag, MemorySegment seg) {
        return engine.send(context, comm.worldRank(dst), tag, Datatype.BYTE, seg, false, dst);
    }

    /** @param src rank @param tag tag @param seg room @return the request */
    public Request irecv(int src, int tag, MemorySegment seg) {
        return engine.irecv(comm, context, comm.worldRank(src), tag, new Buffer(seg, Datatype.BYTE));
    }

    /**
     * A receive that reduces as the message arrives: on completion {@code into = init op message},
     * element by element, with no scratch copy of the message.
     *
     * @param src rank @param tag tag @param into room, then the result
     * @param init this rank's operand (the lower-rank one), as long as {@code into} and not overlapping it
     * @param op the operation @param type the element type @return the request
     */
    public Request irecvReduce(int src, int tag, MemorySegment into, MemorySegment init, Op op, Datatype type) {
        RecvRequest r = new RecvRequest(engine, comm, context, comm.worldRank(src), tag, new Buffer(into, Datatype.BYTE));
        r.combiner = new Combiner(op, type, init, into);
        return engine.irecv(r);
    }

    /** @param dst rank @param tag tag @param seg bytes */
    public void send(int dst, int tag, MemorySegment seg) {
        isend(dst, tag, seg).waitFor();
    }

    /** @param src rank @param tag tag @param seg room */
    public void recv(int src, int tag, MemorySegment seg) {
        irecv(src, tag, seg).waitFor();
    }

    /**
     * Exchanges with one or two partners without deadlock.
     *
     * @param out bytes to send @param dst partner to send to @param in room @param src partner to receive from @param tag tag
     */
    public void sendrecv(MemorySegment out, int dst, MemorySegment in, int src, int tag) {
        Request r = irecv(src, tag, in);
        Request s = isend(dst, tag, out);
        r.waitFor();
        s.waitFor();
    }

    /** @param dst rank @param tag tag @param bytes an encoded object @return the request */
    public Request isendBytes(int dst, int tag, byte[] bytes) {
        return engine.send(context, comm.worldRank(dst), tag, null, MemorySegment.ofArray(bytes), false, dst);
    }

    /** @param dst rank @param tag tag @param bytes an encoded object */
    public void sendBytes(int dst, int tag, byte[] bytes) {
        isendBytes(dst, tag, bytes).waitFor();
    }

    /** @param src rank @param tag tag @return the request; its bytes via {@link #bytesOf} */
    public Request irecvBytes(int src, int tag) {
        return engine.irecv(comm, context, comm.worldRank(src), tag, null);
    }

    /** @param r a completed {@link #irecvBytes} request @return the encoded object */
    public static byte[] bytesOf(Request r) {
        return ((RecvRequest) r).objectBytes;
    }

    /** @param src rank @param tag tag @return the encoded object */
    public byte[] recvBytes(int src, int tag) {
        Request r = irecvBytes(src, tag);
        r.waitFor();
        return bytesOf(r);
    }

    /** @param value any value @return its encoding */
    public static byte[] encode(Object value) {
        WireOutput out = new WireOutput(64);
        Codecs.objects().encode(value, out);
        return out.toByteArray();
    }

    /** @param bytes an encoding @return the value */
    public static Object decode(byte[] bytes) {
        return Codecs.objects().decode(new WireInput(bytes));
    }
}
