package org.par4j.runtime.queue;

import static java.lang.foreign.ValueLayout.JAVA_INT;

import java.lang.foreign.MemorySegment;
import java.lang.invoke.VarHandle;
import java.time.Duration;
import org.par4j.ChannelClosedException;
import org.par4j.Connection;
import org.par4j.Pipe;
import org.par4j.runtime.shm.AttachedSegments;
import org.par4j.runtime.shm.ProcessIdentity;
import org.par4j.runtime.shm.SegmentLayout;
import org.par4j.runtime.shm.ShmHandle;
import org.par4j.runtime.shm.ShmSegment;

/**
 * One end of a {@link Pipe} in shared memory. The segment holds the owners of both ends, their closed
 * flags and one {@link ByteRing} per direction:
 *
 * <pre>
 *   0     owner of end 1 (pid, start ticks) | owner of end 2
 *   32    end 1 closed (i32) | end 2 closed (i32)
 *   64    ring written by end 1, read by end 2
 *   64+R  ring written by end 2, read by end 1
 * </pre>
 *
 * An end is owned by the last process that used it (the creator owns both at first); a waiter whose
 * futex slice runs out checks that the other end's owner still runs.
 */
public final class ShmPipeEnd extends ShmHandle implements Connection {
    private static final long serialVersionUID = 1L;
    private static final VarHandle INT = JAVA_INT.varHandle();
    private static final long CLOSED = 32;
    private static final long RINGS = 64;

    private final int end;
    private final boolean canSend;
    private final boolean canReceive;
    private final long ringCapacity;
    private transient volatile Rings rings;
    private transient volatile boolean closedHere;

    private record Rings(MemorySegment payload, ByteRing out, ByteRing in, ProcessSlots owners) {
    }

    private ShmPipeEnd(ShmSegment segment, int end, boolean canSend, boolean canReceive, long ringCapacity) {
        super(segment, SegmentLayout.PIPE);
        this.end = end;
        this.canSend = canSend;
        this.canReceive = canReceive;
        this.ringCapacity = ringCapacity;
    }

    /**
     * @param duplex two-way ends, or first receive-only and second send-only
     * @return a new pipe
     */
    public static Pipe create(boolean duplex) {
        long cap = IpcProperties.RING_BYTES;
        ShmSegment s = AttachedSegments.create(SegmentLayout.PIPE, RINGS + 2 * ByteRing.regionBytes(cap));
        ProcessSlots owners = new ProcessSlots(s.payload().asSlice(0, 32), 2);
        owners.set(0, ProcessIdentity.current());
        owners.set(1, ProcessIdentity.current());
        return new Pipe(new ShmPipeEnd(s, 1, duplex, true, cap), new ShmPipeEnd(s, 2, true, duplex, cap));
    }

    private Rings rings() {
        Rings r = rings;
        if (r == null) {
            r = attachRings();
        }
        if (closedHere) {
            throw new ChannelClosedException("this end of the pipe is closed", -1);
        }
        return r;
    }

    private synchronized Rings attachRings() {
        if (rings != null) {
            return rings;
        }
        MemorySegment p = payload();
        long region = ByteRing.regionBytes(ringCapacity);
        ByteRing oneToTwo = new ByteRing(p.asSlice(RINGS, region));
        ByteRing twoToOne = new ByteRing(p.asSlice(RINGS + region, region));
        ProcessSlots owners = new ProcessSlots(p.asSlice(0, 32), 2);
        ProcessIdentity me = ProcessIdentity.current();
        ProcessIdentity owner = owners.get(end - 1);
        if (owner == null || owner.pid() != me.pid()) {
            owners.set(end - 1, me);
        }
        Rings r = end == 1 ? new Rings(p, oneToTwo, twoToOne, owners) : new Rings(p, twoToOne, oneToTwo, owners);
        rings = r;
        return r;
    }

    @Override
    public void send(Object value) {
        Rings r = sendRings();
        MessageBuffers.get().encode(value).write(r.out, new PeerWait(r, null, false));
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T recv() {
        Rings r = receiveRings();
        PeerWait wait = new PeerWait(r, null, true);
        long len = r.in.peekLength(wait);
        MessageBuffers buffers = MessageBuffers.get();
        return (T) buffers.value(buffers.receive(r.in, len, wait));
    }

    @Override
    public void sendBytes(byte[] bytes, int offset, int length) {
        java.util.Objects.checkFromIndexSize(offset, length, bytes.length);
        Rings r = sendRings();
        r.out.write(MemorySegment.ofArray(bytes), offset, length, new PeerWait(r, null, false));
    }

    @Override
    public void sendBytes(MemorySegment bytes) {
        Rings r = sendRings();
        r.out.write(bytes, 0, bytes.byteSize(), new PeerWait(r, null, false));
    }

    @Override
    public byte[] recvBytes() {
        Rings r = receiveRings();
        PeerWait wait = new PeerWait(r, null, true);
        long len = r.in.peekLength(wait);
        if (len > Integer.MAX_VALUE - 16) {
            throw new IllegalStateException("a message of " + len
                    + " bytes does not fit a Java array: receive it with recvBytesInto(MemorySegment)");
        }
        byte[] buf = new byte[(int) len];
        r.in.read(MemorySegment.ofArray(buf), 0, len, wait);
        return buf;
    }

    @Override
    public int recvBytesInto(byte[] buffer, int offset) {
        java.util.Objects.checkIndex(offset, buffer.length + 1);
        return (int) receiveInto(MemorySegment.ofArray(buffer), offset, buffer.length - offset);
    }

    @Override
    public long recvBytesInto(MemorySegment buffer) {
        return receiveInto(buffer, 0, buffer.byteSize());
    }

    private long receiveInto(MemorySegment dst, long offset, long room) {
        Rings r = receiveRings();
        PeerWait wait = new PeerWait(r, null, true);
        long len = r.in.peekLength(wait);
        if (len > room) {
            throw new IllegalArgumentException("buffer too short: the message has " + len + " bytes, the buffer room for "
                    + room + " (the message stays unread)");
        }
        r.in.read(dst, offset, len, wait);
        return len;
    }

    @Override
    public boolean poll(Duration timeout) {
        Rings r = receiveRings();
        if (r.in.hasData() || peerClosed(r)) {
            return true;
        }
        try {
            r.in.peekLength(new PeerWait(r, timeout, true));
            return true;
        } catch (PollTimeout e) {
            return false;
        } catch (ChannelClosedException e) {
            return true;
        }
    }

    private Rings sendRings() {
        if (!canSend) {
            throw new IllegalStateException("this end of a one-way pipe only receives");
        }
        Rings r = rings();
        if (peerClosed(r)) {
            ProcessIdentity peer = r.owners.get(2 - end);
            long pid = peer == null ? -1 : peer.pid();
            throw new ChannelClosedException("the other end of the pipe was closed (by pid " + pid + "): nothing can be sent", pid);
        }
        return r;
    }

    private Rings receiveRings() {
        if (!canReceive) {
            throw new IllegalStateException("this end of a one-way pipe only sends");
        }
        return rings();
    }

    private boolean peerClosed(Rings r) {
        return (int) INT.getVolatile(r.payload, CLOSED + 4L * (2 - end)) != 0;
    }

    @Override
    public synchronized void close() {
        if (closedHere) {
            return;
        }
        Rings r = rings();
        closedHere = true;
        INT.setVolatile(r.payload, CLOSED + 4L * (end - 1), 1);
        r.out.wakeAll();
        r.in.wakeAll();
        if (peerClosed(r)) {
            ShmSegment.unlink(segmentName());
        }
    }

    @Override
    public boolean isClosed() {
        return closedHere;
    }

    @Override
    public String toString() {
        return "Connection " + end + " of pipe " + segmentName();
    }

    /** Thrown inside {@link #poll} when its timeout passes; never escapes. */
    private static final class PollTimeout extends RuntimeException {
        private static final long serialVersionUID = 1L;

        PollTimeout() {
            super("poll timed out", null, false, false);
        }
    }

    /** A wait that ends when the other end is closed or its owner died. */
    private final class PeerWait extends RingWait {
        private final Rings r;
        private final boolean receiving;

        PeerWait(Rings r, Duration timeout, boolean receiving) {
            super(timeout);
            this.r = r;
            this.receiving = receiving;
        }

        @Override
        void checkPeers(boolean sliceRanOut) {
            if (closedHere) {
                throw new ChannelClosedException("this end of the pipe was closed while waiting", -1);
            }
            if (receiving && r.in.hasData()) {
                return;
            }
            ProcessIdentity peer = r.owners.get(2 - end);
            long peerPid = peer == null ? -1 : peer.pid();
            if (peerClosed(r)) {
                throw new ChannelClosedException("the other end of the pipe was closed"
                        + (receiving ? " and every message has been read" : "") + " (by pid " + peerPid + ")", peerPid);
            }
            if (sliceRanOut && peer != null && peer.pid() != ProcessIdentity.current().pid() && !peer.isAlive()) {
                throw new ChannelClosedException("process " + peerPid + ", which held the other end of the pipe, died"
                        + (receiving ? " and left nothing more to read" : ""), peerPid);
            }
        }

        @Override
        RuntimeException timedOut() {
            return new PollTimeout();
        }
    }
}
