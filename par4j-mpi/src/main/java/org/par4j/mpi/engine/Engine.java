package org.par4j.mpi.engine;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.concurrent.locks.LockSupport;
import org.par4j.mpi.Buffer;
import org.par4j.mpi.Comm;
import org.par4j.mpi.Datatype;
import org.par4j.mpi.MpiException;
import org.par4j.mpi.RankFailedException;
import org.par4j.mpi.Status;
import org.par4j.transport.LinkBrokenException;
import org.par4j.transport.PeerLink;
import org.par4j.transport.rendezvous.Directory;

/**
 * The progress engine of one rank: a link per peer, a send queue per peer, the {@link InboundParser}
 * that reads them and the {@link Matcher}. Every blocking call runs {@link #progress()} in a loop: push queued
 * frames, read arrived bytes, match headers to posted receives. A waiting thread spins for
 * {@value #DEFAULT_SPINS} idle rounds ({@code par4j.mpi.spins}), then yields, then parks 50 us at a
 * time, so a quiet rank stops burning its core.
 *
 * <p>Small messages go out in one write of header plus body (eager); large ones stream their body
 * straight from the sender's buffer into the link and from the link into the posted receive buffer
 * (one copy per side on shared memory). A message that arrives before its receive is buffered.
 *
 * <p>Thread confinement: one thread at a time drives an engine; the rendezvous control thread only
 * writes {@link #gone} and {@link #stopped}, which wait loops read.
 */
public final class Engine implements AutoCloseable {
    /*
     * 2000 idle rounds before yielding, not 20000: on a busy 2-core machine a rank that spins for long
     * holds its core while its peer waits to be scheduled. 2-rank 8 MiB allreduce at load ~3.2
     * (bench collectives, alternating runs): 1.61-1.81 ms with 2000, 1.42-3.88 ms with 20000; 8-byte
     * allreduce and ping-pong latency unchanged (a reply within a few us comes long before 2000 rounds).
     */
    static final int DEFAULT_SPINS = 2_000;
    private static final int SPINS = Integer.getInteger("par4j.mpi.spins", DEFAULT_SPINS);
    private static final int YIELDS = Integer.getInteger("par4j.mpi.yields", 20_000);
    /** Bodies up to this size go out in one write with their header, and are parsed in place. */
    static final int INLINE = 8192 - FrameDescriptor.HEADER;

    final int rank;
    final int size;
    private final PeerLink[] links;
    private final InboundParser inbound;
    private final SendQueues sends;
    private final Matcher matcher = new Matcher();
    private final Map<Integer, SendRequest> awaitingAck = new HashMap<>();
    private int nextSyncId = 1;
    /*
     * Frames are built and headers parsed in native memory, not in byte[]s, so that the ring copies and
     * the header's field accesses are all raw-memory accesses to the JIT. With byte[]s, a 2-rank
     * allreduce/barrier loop lost a message in about 1 run of 14 (a header carried the previous frame's
     * tag beside its own length; not root-caused, the code reads correctly); with native memory, 0 of 60.
     */
    private final MemorySegment scratch;
    private final AtomicReferenceArray<String> gone;
    private final boolean[] broken;
    private volatile int died = -1;
    private volatile String stopped;
    private final Directory directory;
    private final Arena arena;
    int nextCommId = 1;

    /**
     * @param rank this world rank
     * @param links a link per world rank (this rank's own: the self link)
     * @param directory the rendezvous (for abort and news of dead ranks)
     * @param arena owns the links' memory; closed with the engine
     */
    Engine(int rank, PeerLink[] links, Directory directory, Arena arena) {
        this.rank = rank;
        this.size = links.length;
        this.links = links;
        this.directory = directory;
        this.arena = arena;
        this.scratch = arena.allocate(INLINE + FrameDescriptor.HEADER + 64, 64);
        this.sends = new SendQueues(links);
        this.gone = new AtomicReferenceArray<>(size);
        this.broken = new boolean[size];
        this.inbound = new InboundParser(this, links, arena);
        directory.onRankGone(this::rankGone);
    }

    Matcher matcher() {
        return matcher;
    }

    Directory directory() {
        return directory;
    }

    /** @return the transport that reaches each world rank, for diagnostics */
    public String transports() {
        StringBuilder sb = new StringBuilder();
        for (PeerLink l : links) {
            sb.append(sb.isEmpty() ? "" : ",").append(l.kind().name().toLowerCase(java.util.Locale.ROOT));
        }
        return sb.toString();
    }

    // ------------------------------------------------------------------ sending

    SendRequest send(int context, int dest, int tag, Datatype type, MemorySegment body, boolean sync, int localDest) {
        long len = body.byteSize();
        SendRequest req = new SendRequest(this, dest, new Status(localDest, tag, len, type, false), sync);
        if (died == dest) {
            req.fail(new RankFailedException(dest, "cannot send to rank " + dest + ": " + gone.get(dest)));
            return req;
        }
        int syncId = 0;
        if (sync) {
            syncId = nextSyncId++;
            awaitingAck.put(syncId, req);
        }
        int code = FrameDescriptor.typeCode(type);
        try {
            if (!sends.hasQueued(dest) && len <= INLINE) {
                PeerLink link = links[dest];
                long total = FrameDescriptor.HEADER + len + padding(dest, len);
                // built straight in the link where it has the room in a row (one copy of the body), else in scratch
                long at = link.writableInPlace(total);
                MemorySegment frame = at >= 0 ? link.writableMemory() : scratch;
                long base = Math.max(at, 0);
                FrameDescriptor.write(frame, base, FrameDescriptor.KIND_MSG, context, rank, tag, code, syncId, len);
                MemorySegment.copy(body, 0, frame, base + FrameDescriptor.HEADER, len);
                if (at >= 0) {
                    link.commit(total);
                    req.written();
                    return req;
                }
                long n = link.write(scratch, 0, total);
                if (n == total) {
                    req.written();
                    return req;
                }
                byte[] rest = new byte[(int) (total - n)];
                MemorySegment.copy(scratch, n, MemorySegment.ofArray(rest), 0, rest.length);
                Outgoing o = new Outgoing(req, MemorySegment.ofArray(rest));
                o.started = n > 0;
                sends.enqueue(dest, o);
                return req;
            }
            MemorySegment head = MemorySegment.ofArray(new byte[FrameDescriptor.HEADER]);
            FrameDescriptor.write(head, 0, FrameDescriptor.KIND_MSG, context, rank, tag, code, syncId, len);
            Outgoing o = new Outgoing(head, body, padding(dest, len), req);
            sends.enqueue(dest, o);
            if (sends.queued(dest) == 1) {
                sends.push(dest);
            }
        } catch (LinkBrokenException e) {
            linkBroken(dest, e);
        }
        return req;
    }

    /** @return the bytes after a frame with a body of {@code length} that bring the next to the link's alignment */
    int padding(int peer, long length) {
        return (int) (-(FrameDescriptor.HEADER + length) & (links[peer].frameAlignment() - 1));
    }

    /** @param syncId a synchronous send of this rank's whose receiver matched it */
    void acked(int syncId) {
        SendRequest r = awaitingAck.remove(syncId);
        if (r != null) {
            r.acked();
        }
    }

    boolean unqueue(SendRequest r) {
        return sends.unqueue(r);
    }

    /** A synchronous send's frame matched a receive here: tells its sender. */
    void sendAck(int dest, int syncId) {
        MemorySegment head = MemorySegment.ofArray(new byte[FrameDescriptor.HEADER]);
        FrameDescriptor.write(head, 0, FrameDescriptor.KIND_ACK, 0, rank, 0, 0, syncId, 0);
        sends.enqueue(dest, new Outgoing(head, MemorySegment.ofArray(new byte[0]), padding(dest, 0), null));
        try {
            sends.push(dest);
        } catch (LinkBrokenException e) {
            linkBroken(dest, e);
        }
    }

    // ------------------------------------------------------------------ receiving

    RecvRequest irecv(EngineComm comm, int context, int sourceWorld, int tag, Buffer buf) {
        return irecv(new RecvRequest(this, comm, context, sourceWorld, tag, buf));
    }

    /** Posts a receive built by the caller (one with a {@link Combiner}), or matches it to an arrived message. */
    RecvRequest irecv(RecvRequest r) {
        if (r.sourceWorld == Comm.PROC_NULL) {
            r.completeNull();
            return r;
        }
        Incoming m = matcher.takeUnexpected(r.context, r.sourceWorld, r.tag);
        if (m == null) {
            matcher.post(r);
            return r;
        }
        if (m.syncId != 0) {
            sendAck(m.source, m.syncId);
        }
        MpiException err = ReceiveFit.check(rank, r, m.type, m.length, m.source, m.tag);
        if (err != null) {
            r.fail(err);
        } else if (m.complete) {
            InboundParser.deliver(m, r);
        } else {
            m.waiter = r;
        }
        return r;
    }

    Status iprobe(EngineComm comm, int context, int sourceWorld, int tag) {
        if (sourceWorld == Comm.PROC_NULL) {
            return new Status(Comm.PROC_NULL, Comm.ANY_TAG, 0, null, false);
        }
        progress();
        Incoming m = matcher.peekUnexpected(context, sourceWorld, tag);
        return m == null ? null : new Status(comm.localRank(m.source), m.tag, m.length, FrameDescriptor.datatype(m.type), false);
    }

    Status probe(EngineComm comm, int context, int sourceWorld, int tag) {
        Status[] found = new Status[1];
        await(new Completion() {
            @Override
            public boolean isDone() {
                if (found[0] == null) {
                    found[0] = iprobe(comm, context, sourceWorld, tag);
                }
                return found[0] != null;
            }

            @Override
            public int peer() {
                return sourceWorld;
            }

            @Override
            public void fail(MpiException e) {
                throw e;
            }
        });
        return found[0];
    }

    // ------------------------------------------------------------------ progress and waiting

    /**
     * Pushes queued frames and reads arrived bytes once round every link.
     *
     * @return true if any byte moved
     */
    boolean progress() {
        boolean any = false;
        for (int p = 0; p < size; p++) {
            if (broken[p]) {
                continue;
            }
            try {
                if (sends.anyQueued() && sends.hasQueued(p)) {
                    any |= sends.push(p);
                }
                any |= inbound.poll(p);
            } catch (LinkBrokenException e) {
                linkBroken(p, e);
            }
        }
        return any;
    }

    void await(Completion c) {
        int idle = 0;
        while (!c.isDone()) {
            if (progress()) {
                idle = 0;
                continue;
            }
            if (checkFailed(c)) {
                return;
            }
            idle++;
            if (idle < SPINS) {
                Thread.onSpinWait();
            } else if (idle < SPINS + YIELDS) {
                Thread.yield();
            } else {
                LockSupport.parkNanos(50_000);
            }
        }
    }

    private boolean checkFailed(Completion c) {
        String stop = stopped;
        int p = c.peer();
        String why = stop != null ? stop : p >= 0 ? gone.get(p) : died >= 0 ? gone.get(died) : null;
        if (why == null) {
            return false;
        }
        if (stop == null && p >= 0 && !broken[p] && links[p].reportsEnd() && finished(why)) {
            // a rank that finished may have left its last bytes in the kernel: wait for the stream's end
            return false;
        }
        while (progress()) {
            if (c.isDone()) {
                return true;
            }
        }
        int who = stop != null ? -1 : p >= 0 ? p : died;
        c.fail(new RankFailedException(who, who < 0 ? "rank " + rank + ": " + why : "rank " + rank + " waits on rank " + who + ", which " + why));
        return true;
    }

    private void linkBroken(int p, LinkBrokenException e) {
        gone.compareAndSet(p, null, "has closed its connection (" + e.getMessage() + ")");
        sends.failAll(p, e.getMessage());
        broken[p] = true;
    }

    /** Called by the rendezvous control thread: a rank exited, or the job is stopping (rank -1). */
    private void rankGone(int who, String text) {
        if (who < 0) {
            stopped = text;
        } else if (who < size) {
            gone.set(who, text);
            if (!finished(text)) {
                died = who;
            }
        }
    }

    /** @param why what the rendezvous said of a rank that is gone @return true if it ended normally */
    private static boolean finished(String why) {
        return why.startsWith("finished");
    }

    /** Pushes what is still queued, for at most {@code millis}: the finalize step at exit. */
    void flush(long millis) {
        long end = System.nanoTime() + millis * 1_000_000;
        while (sends.anyQueued() && System.nanoTime() < end) {
            if (!progress()) {
                Thread.onSpinWait();
            }
        }
    }

    @Override
    public void close() {
        directory.close();
        for (PeerLink l : links) {
            l.close();
        }
        arena.close();
    }
}
