package org.par4j;

import java.lang.foreign.MemorySegment;
import java.time.Duration;

/**
 * One end of a two-way (or one-way) channel of messages: Python's
 * {@code multiprocessing.connection.Connection}. A {@link Pipe} gives two ends that talk through
 * shared memory; a {@link Listener} and a {@link Client} give ends that talk over a socket, between
 * unrelated processes or hosts. Messages keep their boundaries; objects travel through par4j's codec.
 *
 * <pre>{@code
 * Pipe pipe = Pipe.create();
 * Connection parent = pipe.first(), child = pipe.second();
 * new JvmProcess(() -> child.send(List.of(42, null, "hello"))).start();
 * System.out.println(parent.<List<Object>>recv());       // [42, null, hello]
 * }</pre>
 *
 * <p><b>Failures.</b> When the other end is closed, or its process has died (even by {@code kill -9}),
 * a receive that has nothing left to read and any send throw {@link ChannelClosedException}, naming
 * the dead process where it is known: never an endless block. Bytes have no 2 GiB limit through
 * {@link #sendBytes(MemorySegment)} and {@link #recvBytesInto(MemorySegment)}.
 *
 * <p><b>Threads.</b> One sending and one receiving thread at a time per end.
 */
public interface Connection extends AutoCloseable {

    /**
     * Sends an object (anything par4j's codec carries: values, collections, records, serializable objects).
     *
     * @param value the object, or null
     * @throws ChannelClosedException if the other end is closed or its process died
     */
    void send(Object value);

    /**
     * Receives the next object, waiting as long as it takes (or until the other end is closed or dies).
     *
     * @param <T> its expected type
     * @return the object
     * @throws ChannelClosedException if the other end is closed or dead and nothing is left to read
     */
    <T> T recv();

    /** @param bytes sent as one message, unchanged */
    default void sendBytes(byte[] bytes) {
        sendBytes(bytes, 0, bytes.length);
    }

    /**
     * @param bytes an array
     * @param offset first byte to send
     * @param length bytes to send
     */
    void sendBytes(byte[] bytes, int offset, int length);

    /** @param bytes any memory, of any size, sent as one message */
    void sendBytes(MemorySegment bytes);

    /** @return the next message's bytes, in a fresh array */
    byte[] recvBytes();

    /**
     * Receives the next message into {@code buffer}, reusing it: the fast way for large messages.
     *
     * @param buffer where the bytes go, from {@code offset}
     * @param offset first byte of {@code buffer} to write
     * @return the message's length
     * @throws IllegalArgumentException if the message does not fit; it stays unread
     */
    int recvBytesInto(byte[] buffer, int offset);

    /**
     * @param buffer where the bytes go, from its start
     * @return the message's length
     * @throws IllegalArgumentException if the message does not fit; it stays unread
     */
    long recvBytesInto(MemorySegment buffer);

    /**
     * Waits until a message can be read without blocking.
     *
     * @param timeout how long at most
     * @return true if a message (or end of stream) is there to read
     */
    boolean poll(Duration timeout);

    /** @return true if a message can be read without blocking; never waits */
    default boolean poll() {
        return poll(Duration.ZERO);
    }

    /** Closes this end: the other end's receives see end of stream once they have read what is left. */
    @Override
    void close();

    /** @return true after {@link #close()} */
    boolean isClosed();
}
