package org.par4j.runtime.wire;

import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.SocketChannel;
import java.util.Arrays;

/**
 * Length-prefixed frames over a connected, already authenticated {@link SocketChannel}.
 *
 * <pre>
 *   0               8                      8 + length
 *   +---------------+----------------------+
 *   | length (i64 LE)| payload (length bytes)|
 *   +---------------+----------------------+
 * </pre>
 *
 * <p>Writes are buffered: {@link #startFrame()} .. {@link #endFrame()} append a frame to the output
 * buffer, {@link #flush()} sends everything buffered in one system call, so a burst of small frames
 * costs one write. Reads fill a buffer with as much as the socket holds; {@link #hasBufferedFrame()}
 * tells whether the next {@link #readFrame()} can return without blocking.
 *
 * <p>Concurrency: one reading thread and one writing thread at a time; callers that write from
 * several threads serialise on their own lock.
 */
public final class FrameChannel implements Closeable {
    /** Largest payload one frame may carry here (Java arrays stop short of 2 GiB). */
    public static final long MAX_FRAME = Integer.MAX_VALUE - 64;
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final int INITIAL = 64 * 1024;

    private final SocketChannel channel;
    private final WireOutput out = new WireOutput(INITIAL);
    private int frameStart = -1;
    private byte[] in = new byte[INITIAL];
    private int start;
    private int end;

    /** @param channel a connected channel in blocking mode */
    public FrameChannel(SocketChannel channel) {
        this.channel = channel;
    }

    /**
     * Begins a frame in the output buffer.
     *
     * @return the buffer to write the payload into, until {@link #endFrame()}
     */
    public WireOutput startFrame() {
        if (frameStart >= 0) {
            throw new IllegalStateException("frame already started");
        }
        frameStart = out.size();
        out.writeLong(0);
        return out;
    }

    /** Ends the frame begun by {@link #startFrame()}: patches its length in. */
    public void endFrame() {
        out.patchLong(frameStart, out.size() - frameStart - 8L);
        frameStart = -1;
    }

    /** Drops a frame begun by {@link #startFrame()} (its payload could not be encoded). */
    public void abortFrame() {
        if (frameStart >= 0) {
            out.truncate(frameStart);
            frameStart = -1;
        }
    }

    /** @return bytes buffered and not yet sent */
    public int pendingBytes() {
        return out.size();
    }

    /**
     * Sends every complete frame buffered.
     *
     * @throws IOException if the peer is gone
     */
    public void flush() throws IOException {
        if (out.size() == 0) {
            return;
        }
        ByteBuffer b = out.asByteBuffer();
        while (b.hasRemaining()) {
            channel.write(b);
        }
        out.reset();
        if (out.array().length > 16 * INITIAL) {
            out.shrink(INITIAL);
        }
    }

    /** @return true if a whole frame is already buffered, so {@link #readFrame()} will not block */
    public boolean hasBufferedFrame() {
        int have = end - start;
        return have >= 8 && have - 8 >= (long) LONG.get(in, start);
    }

    /**
     * Waits up to {@code nanos} for input by polling the socket, without blocking in the kernel: a
     * reply that comes within that time is seen at once, not after a thread wake-up, which costs tens
     * of microseconds on a VM whose idle CPU has halted. It yields the CPU between looks: the peer's
     * own reader thread may need it to take what this side just sent. Only for a channel that one
     * thread both reads and writes: the socket is non-blocking while it polls.
     *
     * @param nanos how long to poll; 0 or less returns at once
     * @return true if input is buffered (or the peer closed: the next read says so), false if none came
     * @throws IOException if the socket fails
     */
    public boolean pollBriefly(long nanos) throws IOException {
        if (end > start) {
            return true;
        }
        if (nanos <= 0) {
            return false;
        }
        start = 0;
        end = 0;
        channel.configureBlocking(false);
        try {
            long deadline = System.nanoTime() + nanos;
            ByteBuffer room = ByteBuffer.wrap(in); // empty: a look that finds nothing leaves it as it is
            do {
                int r = channel.read(room);
                if (r != 0) {
                    end = Math.max(r, 0);
                    return true;
                }
                Thread.yield();
            } while (System.nanoTime() - deadline < 0);
            return false;
        } finally {
            channel.configureBlocking(true);
        }
    }

    /**
     * Reads the next frame. The returned input is valid until the next call.
     *
     * @return the frame's payload
     * @throws EOFException if the peer closed the connection
     * @throws IOException if reading fails or the length is out of range
     */
    public WireInput readFrame() throws IOException {
        need(8);
        long length = (long) LONG.get(in, start);
        if (length < 0 || length > MAX_FRAME) {
            throw new IOException("bad frame length " + length + " (corrupt stream?)");
        }
        int total = 8 + (int) length;
        need(total);
        WireInput frame = new WireInput(in, start + 8, (int) length);
        start += total;
        return frame;
    }

    private void need(int n) throws IOException {
        if (end - start >= n) {
            return;
        }
        if (start == end && in.length > 16 * INITIAL && n <= INITIAL) {
            // a big frame has been consumed: give its buffer back
            in = new byte[INITIAL];
            start = 0;
            end = 0;
        }
        if (in.length < n) {
            in = Arrays.copyOfRange(in, start, start + Math.max(n, in.length * 2));
            end -= start;
            start = 0;
        } else if (start + n > in.length) {
            System.arraycopy(in, start, in, 0, end - start);
            end -= start;
            start = 0;
        }
        while (end - start < n) {
            int r = channel.read(ByteBuffer.wrap(in, end, in.length - end));
            if (r < 0) {
                throw new EOFException("peer closed the connection");
            }
            end += r;
        }
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }

    /**
     * Closes a channel that one thread both reads and writes, from that thread. Closing a blocking
     * socket channel asks {@code sun.nio.ch.Net} whether to shut its output down first, and a
     * short-lived JVM that never used an IP socket pays for initialising that class and
     * {@code InetAddress} on its way out; a non-blocking channel that no selector holds just closes.
     * Not for a channel another thread may be blocked on: switching the mode waits for its read.
     *
     * @throws IOException if the socket fails
     */
    public void closeFromSoleUser() throws IOException {
        try {
            channel.configureBlocking(false);
        } finally {
            channel.close();
        }
    }
}
