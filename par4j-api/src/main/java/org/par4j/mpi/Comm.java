package org.par4j.mpi;

import java.lang.foreign.MemorySegment;
import java.util.List;
import org.par4j.mpi.spi.CommProvider;

/**
 * A communicator: a group of ranks that exchange messages, in the MPI standard's order and words
 * (mpi4py's {@code Comm}). {@link #world()} is every rank of the job; a program started without a
 * launcher is a job of one rank.
 *
 * <pre>{@code
 * // bin/par4j run -n 2 PointToPoint.java
 * Comm world = Comm.world();
 * if (world.rank() == 0) {
 *     world.send(Map.of("a", 7, "b", 3.14), 1, 11);           // objects go through the object codec
 *     int[] data = IntStream.range(0, 23).toArray();
 *     world.send(data, 0, data.length, 1, 77);               // typed arrays move raw bytes
 * } else if (world.rank() == 1) {
 *     Map<String, Object> dict = world.recv(0, 11);
 *     int[] data = new int[23];
 *     Status s = world.recv(data, 0, data.length, 0, 77);
 * }
 * }</pre>
 *
 * <p><b>Semantics.</b> Messages from one sender to one receiver on one communicator and tag are
 * non-overtaking. {@link #ANY_SOURCE} and {@link #ANY_TAG} match posted and already-arrived messages.
 * A receive buffer too small for the message throws {@link TruncationException} naming both sizes; an
 * object receive of a buffer message (or the reverse, or buffers of different element types) throws
 * {@link TypeMismatchException}; a rank that died makes every call waiting on it throw
 * {@link RankFailedException}. Invalid ranks, tags and counts are {@link IllegalArgumentException}s.
 * Sends and receives to {@link #PROC_NULL} complete at once. Counts and sizes are 64-bit.
 *
 * <p><b>Threads.</b> A communicator may be used by one thread at a time (MPI_THREAD_SERIALIZED).
 *
 * <p><b>Memory consistency effects.</b> Actions in a thread before a send happen-before the matching
 * receive returns in the receiving rank.
 */
public interface Comm {

    /** Receive from any sender (MPI_ANY_SOURCE). */
    int ANY_SOURCE = -1;
    /** Receive any tag (MPI_ANY_TAG). */
    int ANY_TAG = -1;
    /** The null process: sends to it and receives from it complete at once (MPI_PROC_NULL). */
    int PROC_NULL = -2;
    /** Not a member; the color that leaves a process out of {@link #split} (MPI_UNDEFINED). */
    int UNDEFINED = -32766;
    /** The largest tag users may use (MPI_TAG_UB). */
    int TAG_UB = (1 << 30) - 1;

    /** @return the communicator of every rank in the job (MPI_COMM_WORLD), set up on first use */
    static Comm world() {
        return CommProvider.get().world();
    }

    // ---------------------------------------------------------------- communicator info

    /** @return this process's rank, 0 to {@code size() - 1} */
    int rank();

    /** @return number of ranks */
    int size();

    /** @return the ranks of this communicator, named by world rank */
    Group group();

    // ---------------------------------------------------------------- point-to-point: objects

    /**
     * Sends an object (serialized by the object codec); returns when the object may be changed.
     *
     * @param obj any value the codec supports, null included
     * @param dest destination rank, or PROC_NULL
     * @param tag message tag, 0 to TAG_UB
     */
    void send(Object obj, int dest, int tag);

    /**
     * Synchronous send: returns once the receiver has matched the message (MPI_Ssend).
     *
     * @param obj the value
     * @param dest destination rank
     * @param tag message tag
     */
    void ssend(Object obj, int dest, int tag);

    /**
     * Receives an object.
     *
     * @param <T> the type the caller expects
     * @param source source rank, ANY_SOURCE or PROC_NULL (returns null)
     * @param tag tag or ANY_TAG
     * @return the object
     */
    <T> T recv(int source, int tag);

    /**
     * Non-blocking object send.
     *
     * @param obj the value (serialized before this returns)
     * @param dest destination rank
     * @param tag message tag
     * @return the request
     */
    Request isend(Object obj, int dest, int tag);

    /**
     * Non-blocking object receive; the object is {@link Request#object()} once complete.
     *
     * @param source source rank or ANY_SOURCE
     * @param tag tag or ANY_TAG
     * @return the request
     */
    Request irecv(int source, int tag);

    /**
     * Sends an object and receives one, without deadlock between the pair.
     *
     * @param <T> the received type
     * @param obj the value to send
     * @param dest destination rank
     * @param sendTag tag of the message sent
     * @param source source rank
     * @param recvTag tag to receive
     * @return the received object
     */
    default <T> T sendrecv(Object obj, int dest, int sendTag, int source, int recvTag) {
        Request r = irecv(source, recvTag);
        send(obj, dest, sendTag);
        r.waitFor();
        return r.object();
    }

    /**
     * Blocks until a matching message has arrived, without receiving it.
     *
     * @param source source rank or ANY_SOURCE
     * @param tag tag or ANY_TAG
     * @return its source, tag and size
     */
    Status probe(int source, int tag);

    /**
     * Checks whether a matching message has arrived, without receiving it.
     *
     * @param source source rank or ANY_SOURCE
     * @param tag tag or ANY_TAG
     * @return its status, or null if none has
     */
    Status iprobe(int source, int tag);

    // ---------------------------------------------------------------- point-to-point: typed buffers

    /**
     * Sends a typed buffer's raw bytes; returns when the buffer may be reused.
     *
     * @param buf the data
     * @param dest destination rank, or PROC_NULL
     * @param tag message tag
     */
    void send(Buffer buf, int dest, int tag);

    /**
     * Synchronous buffer send: returns once the receiver has matched the message.
     *
     * @param buf the data
     * @param dest destination rank
     * @param tag message tag
     */
    void ssend(Buffer buf, int dest, int tag);

    /**
     * Receives into a typed buffer.
     *
     * @param buf where the data goes; the message may be shorter
     * @param source source rank or ANY_SOURCE
     * @param tag tag or ANY_TAG
     * @return what arrived ({@link Status#count()} elements)
     */
    Status recv(Buffer buf, int source, int tag);

    /**
     * Non-blocking buffer send.
     *
     * @param buf the data, unchanged until the request completes
     * @param dest destination rank
     * @param tag message tag
     * @return the request
     */
    Request isend(Buffer buf, int dest, int tag);

    /**
     * Non-blocking buffer receive.
     *
     * @param buf where the data goes
     * @param source source rank or ANY_SOURCE
     * @param tag tag or ANY_TAG
     * @return the request
     */
    Request irecv(Buffer buf, int source, int tag);

    /**
     * Sends one buffer and receives into another, without deadlock between the pair.
     *
     * @param sendBuf data to send
     * @param dest destination rank
     * @param sendTag tag of the message sent
     * @param recvBuf where to receive
     * @param source source rank
     * @param recvTag tag to receive
     * @return what arrived
     */
    default Status sendrecv(Buffer sendBuf, int dest, int sendTag, Buffer recvBuf, int source, int recvTag) {
        Request r = irecv(recvBuf, source, recvTag);
        send(sendBuf, dest, sendTag);
        return r.waitFor();
    }

    /** Sends a segment's bytes. @param seg the bytes @param dest destination rank @param tag message tag */
    default void send(MemorySegment seg, int dest, int tag) {
        send(new Buffer(seg, Datatype.BYTE), dest, tag);
    }

    /** Synchronous send of a segment. @param seg the bytes @param dest destination rank @param tag message tag */
    default void ssend(MemorySegment seg, int dest, int tag) {
        ssend(new Buffer(seg, Datatype.BYTE), dest, tag);
    }

    /** Receives bytes into a segment; accepts any buffer message. @param seg where they go @param source source rank @param tag tag @return what arrived */
    default Status recv(MemorySegment seg, int source, int tag) {
        return recv(new Buffer(seg, Datatype.BYTE), source, tag);
    }

    /** Non-blocking send of a segment. @param seg the bytes @param dest destination rank @param tag message tag @return the request */
    default Request isend(MemorySegment seg, int dest, int tag) {
        return isend(new Buffer(seg, Datatype.BYTE), dest, tag);
    }

    /** Non-blocking receive into a segment. @param seg where they go @param source source rank @param tag tag @return the request */
    default Request irecv(MemorySegment seg, int source, int tag) {
        return irecv(new Buffer(seg, Datatype.BYTE), source, tag);
    }

    /** Sends and receives segments. @param sendSeg bytes to send @param dest destination @param sendTag tag sent @param recvSeg where to receive @param source source @param recvTag tag received @return what arrived */
    default Status sendrecv(MemorySegment sendSeg, int dest, int sendTag, MemorySegment recvSeg, int source, int recvTag) {
        return sendrecv(new Buffer(sendSeg, Datatype.BYTE), dest, sendTag, new Buffer(recvSeg, Datatype.BYTE), source, recvTag);
    }

    /** Sends {@code count} bytes from {@code buf[offset..]}; see {@link #send(Buffer, int, int)}. @param buf the data @param offset first element @param count elements @param dest destination rank @param tag message tag */
    default void send(byte[] buf, int offset, int count, int dest, int tag) {
        send(Buffer.of(buf, offset, count), dest, tag);
    }

    /** Synchronous send of bytes; see {@link #ssend(Buffer, int, int)}. @param buf the data @param offset first element @param count elements @param dest destination rank @param tag message tag */
    default void ssend(byte[] buf, int offset, int count, int dest, int tag) {
        ssend(Buffer.of(buf, offset, count), dest, tag);
    }

    /** Receives at most {@code count} bytes into {@code buf[offset..]}; see {@link #recv(Buffer, int, int)}. @param buf where to put them @param offset first element @param count room in elements @param source source rank or ANY_SOURCE @param tag tag or ANY_TAG @return what arrived */
    default Status recv(byte[] buf, int offset, int count, int source, int tag) {
        return recv(Buffer.of(buf, offset, count), source, tag);
    }

    /** Non-blocking send of bytes. @param buf the data (not to be changed until the request completes) @param offset first element @param count elements @param dest destination rank @param tag message tag @return the request */
    default Request isend(byte[] buf, int offset, int count, int dest, int tag) {
        return isend(Buffer.of(buf, offset, count), dest, tag);
    }

    /** Non-blocking receive of bytes. @param buf where to put them @param offset first element @param count room in elements @param source source rank or ANY_SOURCE @param tag tag or ANY_TAG @return the request */
    default Request irecv(byte[] buf, int offset, int count, int source, int tag) {
        return irecv(Buffer.of(buf, offset, count), source, tag);
    }

    /** Sends and receives bytes at once (no deadlock between pairs). @param sendBuf data to send @param sendOffset first element @param sendCount elements @param dest destination rank @param sendTag tag of the message sent @param recvBuf where to receive @param recvOffset first element @param recvCount room in elements @param source source rank @param recvTag tag to receive @return what arrived */
    default Status sendrecv(byte[] sendBuf, int sendOffset, int sendCount, int dest, int sendTag,
                            byte[] recvBuf, int recvOffset, int recvCount, int source, int recvTag) {
        return sendrecv(Buffer.of(sendBuf, sendOffset, sendCount), dest, sendTag, Buffer.of(recvBuf, recvOffset, recvCount), source, recvTag);
    }

    /** Sends {@code count} shorts from {@code buf[offset..]}; see {@link #send(Buffer, int, int)}. @param buf the data @param offset first element @param count elements @param dest destination rank @param tag message tag */
    default void send(short[] buf, int offset, int count, int dest, int tag) {
        send(Buffer.of(buf, offset, count), dest, tag);
    }

    /** Synchronous send of shorts; see {@link #ssend(Buffer, int, int)}. @param buf the data @param offset first element @param count elements @param dest destination rank @param tag message tag */
    default void ssend(short[] buf, int offset, int count, int dest, int tag) {
        ssend(Buffer.of(buf, offset, count), dest, tag);
    }

    /** Receives at most {@code count} shorts into {@code buf[offset..]}; see {@link #recv(Buffer, int, int)}. @param buf where to put them @param offset first element @param count room in elements @param source source rank or ANY_SOURCE @param tag tag or ANY_TAG @return what arrived */
    default Status recv(short[] buf, int offset, int count, int source, int tag) {
        return recv(Buffer.of(buf, offset, count), source, tag);
    }

    /** Non-blocking send of shorts. @param buf the data (not to be changed until the request completes) @param offset first element @param count elements @param dest destination rank @param tag message tag @return the request */
    default Request isend(short[] buf, int offset, int count, int dest, int tag) {
        return isend(Buffer.of(buf, offset, count), dest, tag);
    }

    /** Non-blocking receive of shorts. @param buf where to put them @param offset first element @param count room in elements @param source source rank or ANY_SOURCE @param tag tag or ANY_TAG @return the request */
    default Request irecv(short[] buf, int offset, int count, int source, int tag) {
        return irecv(Buffer.of(buf, offset, count), source, tag);
    }

    /** Sends and receives shorts at once (no deadlock between pairs). @param sendBuf data to send @param sendOffset first element @param sendCount elements @param dest destination rank @param sendTag tag of the message sent @param recvBuf where to receive @param recvOffset first element @param recvCount room in elements @param source source rank @param recvTag tag to receive @return what arrived */
    default Status sendrecv(short[] sendBuf, int sendOffset, int sendCount, int dest, int sendTag,
                            short[] recvBuf, int recvOffset, int recvCount, int source, int recvTag) {
        return sendrecv(Buffer.of(sendBuf, sendOffset, sendCount), dest, sendTag, Buffer.of(recvBuf, recvOffset, recvCount), source, recvTag);
    }

    /** Sends {@code count} chars from {@code buf[offset..]}; see {@link #send(Buffer, int, int)}. @param buf the data @param offset first element @param count elements @param dest destination rank @param tag message tag */
    default void send(char[] buf, int offset, int count, int dest, int tag) {
        send(Buffer.of(buf, offset, count), dest, tag);
    }

    /** Synchronous send of chars; see {@link #ssend(Buffer, int, int)}. @param buf the data @param offset first element @param count elements @param dest destination rank @param tag message tag */
    default void ssend(char[] buf, int offset, int count, int dest, int tag) {
        ssend(Buffer.of(buf, offset, count), dest, tag);
    }

    /** Receives at most {@code count} chars into {@code buf[offset..]}; see {@link #recv(Buffer, int, int)}. @param buf where to put them @param offset first element @param count room in elements @param source source rank or ANY_SOURCE @param tag tag or ANY_TAG @return what arrived */
    default Status recv(char[] buf, int offset, int count, int source, int tag) {
        return recv(Buffer.of(buf, offset, count), source, tag);
    }

    /** Non-blocking send of chars. @param buf the data (not to be changed until the request completes) @param offset first element @param count elements @param dest destination rank @param tag message tag @return the request */
    default Request isend(char[] buf, int offset, int count, int dest, int tag) {
        return isend(Buffer.of(buf, offset, count), dest, tag);
    }

    /** Non-blocking receive of chars. @param buf where to put them @param offset first element @param count room in elements @param source source rank or ANY_SOURCE @param tag tag or ANY_TAG @return the request */
    default Request irecv(char[] buf, int offset, int count, int source, int tag) {
        return irecv(Buffer.of(buf, offset, count), source, tag);
    }

    /** Sends and receives chars at once (no deadlock between pairs). @param sendBuf data to send @param sendOffset first element @param sendCount elements @param dest destination rank @param sendTag tag of the message sent @param recvBuf where to receive @param recvOffset first element @param recvCount room in elements @param source source rank @param recvTag tag to receive @return what arrived */
    default Status sendrecv(char[] sendBuf, int sendOffset, int sendCount, int dest, int sendTag,
                            char[] recvBuf, int recvOffset, int recvCount, int source, int recvTag) {
        return sendrecv(Buffer.of(sendBuf, sendOffset, sendCount), dest, sendTag, Buffer.of(recvBuf, recvOffset, recvCount), source, recvTag);
    }

    /** Sends {@code count} ints from {@code buf[offset..]}; see {@link #send(Buffer, int, int)}. @param buf the data @param offset first element @param count elements @param dest destination rank @param tag message tag */
    default void send(int[] buf, int offset, int count, int dest, int tag) {
        send(Buffer.of(buf, offset, count), dest, tag);
    }

    /** Synchronous send of ints; see {@link #ssend(Buffer, int, int)}. @param buf the data @param offset first element @param count elements @param dest destination rank @param tag message tag */
    default void ssend(int[] buf, int offset, int count, int dest, int tag) {
        ssend(Buffer.of(buf, offset, count), dest, tag);
    }

    /** Receives at most {@code count} ints into {@code buf[offset..]}; see {@link #recv(Buffer, int, int)}. @param buf where to put them @param offset first element @param count room in elements @param source source rank or ANY_SOURCE @param tag tag or ANY_TAG @return what arrived */
    default Status recv(int[] buf, int offset, int count, int source, int tag) {
        return recv(Buffer.of(buf, offset, count), source, tag);
    }

    /** Non-blocking send of ints. @param buf the data (not to be changed until the request completes) @param offset first element @param count elements @param dest destination rank @param tag message tag @return the request */
    default Request isend(int[] buf, int offset, int count, int dest, int tag) {
        return isend(Buffer.of(buf, offset, count), dest, tag);
    }

    /** Non-blocking receive of ints. @param buf where to put them @param offset first element @param count room in elements @param source source rank or ANY_SOURCE @param tag tag or ANY_TAG @return the request */
    default Request irecv(int[] buf, int offset, int count, int source, int tag) {
        return irecv(Buffer.of(buf, offset, count), source, tag);
    }

    /** Sends and receives ints at once (no deadlock between pairs). @param sendBuf data to send @param sendOffset first element @param sendCount elements @param dest destination rank @param sendTag tag of the message sent @param recvBuf where to receive @param recvOffset first element @param recvCount room in elements @param source source rank @param recvTag tag to receive @return what arrived */
    default Status sendrecv(int[] sendBuf, int sendOffset, int sendCount, int dest, int sendTag,
                            int[] recvBuf, int recvOffset, int recvCount, int source, int recvTag) {
        return sendrecv(Buffer.of(sendBuf, sendOffset, sendCount), dest, sendTag, Buffer.of(recvBuf, recvOffset, recvCount), source, recvTag);
    }

    /** Sends {@code count} longs from {@code buf[offset..]}; see {@link #send(Buffer, int, int)}. @param buf the data @param offset first element @param count elements @param dest destination rank @param tag message tag */
    default void send(long[] buf, int offset, int count, int dest, int tag) {
        send(Buffer.of(buf, offset, count), dest, tag);
    }

    /** Synchronous send of longs; see {@link #ssend(Buffer, int, int)}. @param buf the data @param offset first element @param count elements @param dest destination rank @param tag message tag */
    default void ssend(long[] buf, int offset, int count, int dest, int tag) {
        ssend(Buffer.of(buf, offset, count), dest, tag);
    }

    /** Receives at most {@code count} longs into {@code buf[offset..]}; see {@link #recv(Buffer, int, int)}. @param buf where to put them @param offset first element @param count room in elements @param source source rank or ANY_SOURCE @param tag tag or ANY_TAG @return what arrived */
    default Status recv(long[] buf, int offset, int count, int source, int tag) {
        return recv(Buffer.of(buf, offset, count), source, tag);
    }

    /** Non-blocking send of longs. @param buf the data (not to be changed until the request completes) @param offset first element @param count elements @param dest destination rank @param tag message tag @return the request */
    default Request isend(long[] buf, int offset, int count, int dest, int tag) {
        return isend(Buffer.of(buf, offset, count), dest, tag);
    }

    /** Non-blocking receive of longs. @param buf where to put them @param offset first element @param count room in elements @param source source rank or ANY_SOURCE @param tag tag or ANY_TAG @return the request */
    default Request irecv(long[] buf, int offset, int count, int source, int tag) {
        return irecv(Buffer.of(buf, offset, count), source, tag);
    }

    /** Sends and receives longs at once (no deadlock between pairs). @param sendBuf data to send @param sendOffset first element @param sendCount elements @param dest destination rank @param sendTag tag of the message sent @param recvBuf where to receive @param recvOffset first element @param recvCount room in elements @param source source rank @param recvTag tag to receive @return what arrived */
    default Status sendrecv(long[] sendBuf, int sendOffset, int sendCount, int dest, int sendTag,
                            long[] recvBuf, int recvOffset, int recvCount, int source, int recvTag) {
        return sendrecv(Buffer.of(sendBuf, sendOffset, sendCount), dest, sendTag, Buffer.of(recvBuf, recvOffset, recvCount), source, recvTag);
    }

    /** Sends {@code count} floats from {@code buf[offset..]}; see {@link #send(Buffer, int, int)}. @param buf the data @param offset first element @param count elements @param dest destination rank @param tag message tag */
    default void send(float[] buf, int offset, int count, int dest, int tag) {
        send(Buffer.of(buf, offset, count), dest, tag);
    }

    /** Synchronous send of floats; see {@link #ssend(Buffer, int, int)}. @param buf the data @param offset first element @param count elements @param dest destination rank @param tag message tag */
    default void ssend(float[] buf, int offset, int count, int dest, int tag) {
        ssend(Buffer.of(buf, offset, count), dest, tag);
    }

    /** Receives at most {@code count} floats into {@code buf[offset..]}; see {@link #recv(Buffer, int, int)}. @param buf where to put them @param offset first element @param count room in elements @param source source rank or ANY_SOURCE @param tag tag or ANY_TAG @return what arrived */
    default Status recv(float[] buf, int offset, int count, int source, int tag) {
        return recv(Buffer.of(buf, offset, count), source, tag);
    }

    /** Non-blocking send of floats. @param buf the data (not to be changed until the request completes) @param offset first element @param count elements @param dest destination rank @param tag message tag @return the request */
    default Request isend(float[] buf, int offset, int count, int dest, int tag) {
        return isend(Buffer.of(buf, offset, count), dest, tag);
    }

    /** Non-blocking receive of floats. @param buf where to put them @param offset first element @param count room in elements @param source source rank or ANY_SOURCE @param tag tag or ANY_TAG @return the request */
    default Request irecv(float[] buf, int offset, int count, int source, int tag) {
        return irecv(Buffer.of(buf, offset, count), source, tag);
    }

    /** Sends and receives floats at once (no deadlock between pairs). @param sendBuf data to send @param sendOffset first element @param sendCount elements @param dest destination rank @param sendTag tag of the message sent @param recvBuf where to receive @param recvOffset first element @param recvCount room in elements @param source source rank @param recvTag tag to receive @return what arrived */
    default Status sendrecv(float[] sendBuf, int sendOffset, int sendCount, int dest, int sendTag,
                            float[] recvBuf, int recvOffset, int recvCount, int source, int recvTag) {
        return sendrecv(Buffer.of(sendBuf, sendOffset, sendCount), dest, sendTag, Buffer.of(recvBuf, recvOffset, recvCount), source, recvTag);
    }

    /** Sends {@code count} doubles from {@code buf[offset..]}; see {@link #send(Buffer, int, int)}. @param buf the data @param offset first element @param count elements @param dest destination rank @param tag message tag */
    default void send(double[] buf, int offset, int count, int dest, int tag) {
        send(Buffer.of(buf, offset, count), dest, tag);
    }

    /** Synchronous send of doubles; see {@link #ssend(Buffer, int, int)}. @param buf the data @param offset first element @param count elements @param dest destination rank @param tag message tag */
    default void ssend(double[] buf, int offset, int count, int dest, int tag) {
        ssend(Buffer.of(buf, offset, count), dest, tag);
    }

    /** Receives at most {@code count} doubles into {@code buf[offset..]}; see {@link #recv(Buffer, int, int)}. @param buf where to put them @param offset first element @param count room in elements @param source source rank or ANY_SOURCE @param tag tag or ANY_TAG @return what arrived */
    default Status recv(double[] buf, int offset, int count, int source, int tag) {
        return recv(Buffer.of(buf, offset, count), source, tag);
    }

    /** Non-blocking send of doubles. @param buf the data (not to be changed until the request completes) @param offset first element @param count elements @param dest destination rank @param tag message tag @return the request */
    default Request isend(double[] buf, int offset, int count, int dest, int tag) {
        return isend(Buffer.of(buf, offset, count), dest, tag);
    }

    /** Non-blocking receive of doubles. @param buf where to put them @param offset first element @param count room in elements @param source source rank or ANY_SOURCE @param tag tag or ANY_TAG @return the request */
    default Request irecv(double[] buf, int offset, int count, int source, int tag) {
        return irecv(Buffer.of(buf, offset, count), source, tag);
    }

    /** Sends and receives doubles at once (no deadlock between pairs). @param sendBuf data to send @param sendOffset first element @param sendCount elements @param dest destination rank @param sendTag tag of the message sent @param recvBuf where to receive @param recvOffset first element @param recvCount room in elements @param source source rank @param recvTag tag to receive @return what arrived */
    default Status sendrecv(double[] sendBuf, int sendOffset, int sendCount, int dest, int sendTag,
                            double[] recvBuf, int recvOffset, int recvCount, int source, int recvTag) {
        return sendrecv(Buffer.of(sendBuf, sendOffset, sendCount), dest, sendTag, Buffer.of(recvBuf, recvOffset, recvCount), source, recvTag);
    }
    // ---------------------------------------------------------------- collectives: objects

    /** Blocks until every rank has called it (MPI_Barrier). */
    void barrier();

    /**
     * Broadcasts an object from the root (MPI_Bcast).
     *
     * @param <T> the type
     * @param obj the value at the root, ignored elsewhere
     * @param root the rank that has it
     * @return the root's value, on every rank
     */
    <T> T bcast(T obj, int root);

    /**
     * Sends element {@code i} of the root's list to rank {@code i} (MPI_Scatter).
     *
     * @param <T> the element type
     * @param objs {@code size()} values at the root, ignored elsewhere
     * @param root the sending rank
     * @return this rank's element
     */
    <T> T scatter(List<T> objs, int root);

    /**
     * Collects one value per rank at the root (MPI_Gather).
     *
     * @param <T> the type
     * @param obj this rank's value
     * @param root the collecting rank
     * @return the values in rank order at the root, null elsewhere
     */
    <T> List<T> gather(T obj, int root);

    /**
     * Collects one value per rank on every rank (MPI_Allgather).
     *
     * @param <T> the type
     * @param obj this rank's value
     * @return the values in rank order
     */
    <T> List<T> allgather(T obj);

    /**
     * Sends element {@code i} to rank {@code i} and receives one from each (MPI_Alltoall).
     *
     * @param <T> the type
     * @param objs {@code size()} values
     * @return the values received, in rank order
     */
    <T> List<T> alltoall(List<T> objs);

    /**
     * Combines one value per rank at the root (MPI_Reduce).
     *
     * @param <T> the type
     * @param obj this rank's value
     * @param op the operation
     * @param root the rank that gets the result
     * @return the result at the root, null elsewhere
     */
    <T> T reduce(T obj, Op op, int root);

    /**
     * Combines one value per rank on every rank (MPI_Allreduce).
     *
     * @param <T> the type
     * @param obj this rank's value
     * @param op the operation
     * @return the result
     */
    <T> T allreduce(T obj, Op op);

    /**
     * Combines element-wise lists and hands element {@code i} to rank {@code i} (MPI_Reduce_scatter_block).
     *
     * @param <T> the type
     * @param objs {@code size()} values
     * @param op the operation
     * @return the combination of every rank's element {@code rank()}
     */
    <T> T reduceScatter(List<T> objs, Op op);

    /**
     * Inclusive prefix reduction: rank i gets the combination of ranks 0..i (MPI_Scan).
     *
     * @param <T> the type
     * @param obj this rank's value
     * @param op the operation
     * @return the prefix
     */
    <T> T scan(T obj, Op op);

    /**
     * Exclusive prefix reduction: rank i gets the combination of ranks 0..i-1, rank 0 null (MPI_Exscan).
     *
     * @param <T> the type
     * @param obj this rank's value
     * @param op the operation
     * @return the prefix, null at rank 0
     */
    <T> T exscan(T obj, Op op);

    // ---------------------------------------------------------------- collectives: buffers

    /** Broadcasts the root's buffer into every rank's (MPI_Bcast). @param buf the data at the root, where it goes elsewhere @param root the rank that has it */
    void bcast(Buffer buf, int root);

    /**
     * Splits the root's buffer into {@code size()} equal blocks, block i to rank i (MPI_Scatter).
     *
     * @param send {@code size() * recv.count()} elements at the root, ignored (may be null) elsewhere
     * @param recv where this rank's block goes
     * @param root the sending rank
     */
    void scatter(Buffer send, Buffer recv, int root);

    /**
     * Collects equal blocks in rank order at the root (MPI_Gather).
     *
     * @param send this rank's block
     * @param recv {@code size() * send.count()} elements at the root, ignored (may be null) elsewhere
     * @param root the collecting rank
     */
    void gather(Buffer send, Buffer recv, int root);

    /** Collects equal blocks in rank order on every rank (MPI_Allgather). @param send this rank's block @param recv room for {@code size()} blocks */
    void allgather(Buffer send, Buffer recv);

    /** Block i of {@code send} goes to rank i; block j of {@code recv} comes from rank j (MPI_Alltoall). @param send {@code size()} blocks @param recv room for {@code size()} blocks */
    void alltoall(Buffer send, Buffer recv);

    /** Element-wise reduction at the root (MPI_Reduce). @param send this rank's data @param recv the result at the root (may be null elsewhere) @param op the operation @param root the rank that gets it */
    void reduce(Buffer send, Buffer recv, Op op, int root);

    /** Element-wise reduction on every rank (MPI_Allreduce). @param send this rank's data @param recv the result @param op the operation */
    void allreduce(Buffer send, Buffer recv, Op op);

    /**
     * Element-wise reduction, then block i of the result to rank i (MPI_Reduce_scatter).
     *
     * @param send the data, {@code sum(recvCounts)} elements
     * @param recv this rank's block, {@code recvCounts[rank()]} elements
     * @param recvCounts block sizes in elements, one per rank
     * @param op the operation
     */
    void reduceScatter(Buffer send, Buffer recv, long[] recvCounts, Op op);

    /** Inclusive element-wise prefix reduction (MPI_Scan). @param send this rank's data @param recv the prefix @param op the operation */
    void scan(Buffer send, Buffer recv, Op op);

    /** Exclusive element-wise prefix reduction (MPI_Exscan); rank 0's {@code recv} is left unchanged. @param send this rank's data @param recv the prefix @param op the operation */
    void exscan(Buffer send, Buffer recv, Op op);

    /**
     * Scatter with a block size and place per rank (MPI_Scatterv).
     *
     * @param send the root's data (may be null elsewhere)
     * @param counts elements for each rank (significant at the root)
     * @param displs first element of each rank's block in {@code send}
     * @param recv where this rank's block goes
     * @param root the sending rank
     */
    void scatterv(Buffer send, long[] counts, long[] displs, Buffer recv, int root);

    /**
     * Gather with a block size and place per rank (MPI_Gatherv).
     *
     * @param send this rank's block
     * @param recv the root's buffer (may be null elsewhere)
     * @param counts elements from each rank (significant at the root)
     * @param displs where each rank's block goes in {@code recv}
     * @param root the collecting rank
     */
    void gatherv(Buffer send, Buffer recv, long[] counts, long[] displs, int root);

    /** Allgather with a block size and place per rank (MPI_Allgatherv). @param send this rank's block @param recv the result @param counts elements from each rank @param displs where each block goes */
    void allgatherv(Buffer send, Buffer recv, long[] counts, long[] displs);

    /**
     * Alltoall with a block size and place per pair (MPI_Alltoallv).
     *
     * @param send the data
     * @param sendCounts elements to each rank
     * @param sendDispls first element for each rank in {@code send}
     * @param recv the result
     * @param recvCounts elements from each rank
     * @param recvDispls where each rank's block goes in {@code recv}
     */
    void alltoallv(Buffer send, long[] sendCounts, long[] sendDispls, Buffer recv, long[] recvCounts, long[] recvDispls);

    // ---------------------------------------------------------------- communicators

    /** @return a new communicator with the same ranks and a separate message space (MPI_Comm_dup) */
    Comm dup();

    /**
     * Partitions the ranks by color, ordered by key then old rank (MPI_Comm_split). Collective.
     *
     * @param color the partition, or UNDEFINED to get none
     * @param key the order within the partition
     * @return this rank's new communicator, or null for color UNDEFINED
     */
    Comm split(int color, int key);

    /**
     * The communicator of a subgroup (MPI_Comm_create). Collective over this communicator.
     *
     * @param group a subset of {@link #group()}, the same on every rank
     * @return the new communicator on its members, null elsewhere
     */
    default Comm create(Group group) {
        int me = group.rank();
        return split(me == UNDEFINED ? UNDEFINED : 0, me);
    }

    /**
     * Stops every rank of the job, this one included, with the given exit status (MPI_Abort).
     *
     * @param code the job's exit status
     */
    void abort(int code);

    // ---------------------------------------------------------------- topologies

    /**
     * Lays the ranks out on a Cartesian grid (MPI_Cart_create, no reordering). Collective.
     *
     * @param dims extent of each dimension; the product at most {@code size()}
     * @param periods whether each dimension wraps around
     * @return the grid on the ranks inside it, null on the ranks left over
     */
    CartComm createCart(int[] dims, boolean[] periods);
}
