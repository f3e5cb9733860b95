package org.par4j.mpi.engine;

import java.util.ArrayDeque;
import org.par4j.mpi.RankFailedException;
import org.par4j.transport.PeerLink;

/**
 * The engine's frames waiting to be written, one FIFO queue per peer (messages to one peer must not
 * overtake each other). A link accepts what fits; the rest waits here and {@link #push} writes more on
 * every turn of the progress engine. Used by the engine's one thread only.
 */
final class SendQueues {
    private final PeerLink[] links;
    private final ArrayDeque<Outgoing>[] queues;
    private int queuedPeers;

    @SuppressWarnings({"unchecked", "rawtypes"})
    SendQueues(PeerLink[] links) {
        this.links = links;
        this.queues = new ArrayDeque[links.length];
        for (int i = 0; i < links.length; i++) {
            queues[i] = new ArrayDeque<>();
        }
    }

    /** @return true if some peer has a frame waiting */
    boolean anyQueued() {
        return queuedPeers > 0;
    }

    /**
     * @param peer a world rank
     * @return true if frames to it are waiting
     */
    boolean hasQueued(int peer) {
        return !queues[peer].isEmpty();
    }

    /**
     * @param peer a world rank
     * @return how many frames to it are waiting
     */
    int queued(int peer) {
        return queues[peer].size();
    }

    /** Appends a frame to a peer's queue. */
    void enqueue(int peer, Outgoing o) {
        if (queues[peer].isEmpty()) {
            queuedPeers++;
        }
        queues[peer].add(o);
        if (o.request != null) {
            o.request.queued = o;
        }
    }

    /** @return true if the request's frame was still unwritten and is now withdrawn (cancel) */
    boolean unqueue(SendRequest r) {
        Outgoing o = r.queued;
        if (o.started || !queues[r.peer()].remove(o)) {
            return false;
        }
        if (queues[r.peer()].isEmpty()) {
            queuedPeers--;
        }
        return true;
    }

    /**
     * Writes as much of a peer's queue as its link takes now.
     *
     * @param p the peer
     * @return true if any byte was written
     */
    boolean push(int p) {
        boolean any = false;
        ArrayDeque<Outgoing> q = queues[p];
        PeerLink link = links[p];
        while (!q.isEmpty()) {
            Outgoing o = q.peek();
            any |= o.writeTo(link);
            if (!o.finished()) {
                break;
            }
            q.poll();
            if (q.isEmpty()) {
                queuedPeers--;
            }
            if (o.request != null) {
                o.request.queued = null;
                o.request.written();
            }
        }
        return any;
    }

    /** Fails every send queued to a peer whose link broke, and drops its queue. */
    void failAll(int p, String why) {
        ArrayDeque<Outgoing> q = queues[p];
        for (Outgoing o : q) {
            if (o.request != null) {
                o.request.fail(new RankFailedException(p, "cannot send to rank " + p + ": " + why));
            }
        }
        if (!q.isEmpty()) {
            q.clear();
            queuedPeers--;
        }
    }
}
