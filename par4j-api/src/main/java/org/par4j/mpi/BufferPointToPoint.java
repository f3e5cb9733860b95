package org.par4j.mpi;

import java.lang.foreign.MemorySegment;

/**
 * The point-to-point half of {@link Comm} that moves typed data as raw bytes, with no serialization:
 * {@link Buffer}s, and the overloads for Java arrays (offset and count in elements) and
 * {@link MemorySegment}s (bytes) that wrap them (mpi4py's upper-case {@code Send}/{@code Recv}). A
 * receive names the buffer to fill; a message longer than it throws {@link TruncationException}, one of
 * another element type {@link TypeMismatchException}.
 */
public interface BufferPointToPoint {

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
}
