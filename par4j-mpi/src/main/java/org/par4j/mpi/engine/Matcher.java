package org.par4j.mpi.engine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.par4j.mpi.Comm;

/**
 * MPI matching: the posted-receive queue (in posting order) and the unexpected-message queue (in arrival
 * order) of one engine, for all communicators (the context separates them). A message matches the
 * first posted receive that accepts it; a receive takes the first unexpected message it accepts. Both
 * queues keep order, and each link delivers one peer's frames in order, so messages between a pair on
 * one communicator and tag never overtake each other. Used by the engine's thread only.
 */
final class Matcher {
    // array deques: no node allocated per message, and the match is nearly always the first element
    private final ArrayDeque<RecvRequest> posted = new ArrayDeque<>();
    private final ArrayDeque<Incoming> unexpected = new ArrayDeque<>();
    /** Messages that ever waited in the unexpected queue: each was buffered whole and copied twice. */
    private long unexpectedArrivals;

    /** @return the first posted receive matching the header, removed, or null */
    RecvRequest takePosted(int context, int source, int tag) {
        RecvRequest first = posted.peekFirst();
        if (first != null && first.matches(context, source, tag)) {
            posted.pollFirst();
            first.posted = false;
            return first;
        }
        for (Iterator<RecvRequest> it = posted.iterator(); it.hasNext(); ) {
            RecvRequest r = it.next();
            if (r.matches(context, source, tag)) {
                it.remove();
                r.posted = false;
                return r;
            }
        }
        return null;
    }

    /** @return the first unexpected message the receive accepts, removed, or null */
    Incoming takeUnexpected(int context, int source, int tag) {
        Incoming first = unexpected.peekFirst();
        if (first != null && accepts(first, context, source, tag)) {
            return unexpected.pollFirst();
        }
        for (Iterator<Incoming> it = unexpected.iterator(); it.hasNext(); ) {
            Incoming m = it.next();
            if (accepts(m, context, source, tag)) {
                it.remove();
                return m;
            }
        }
        return null;
    }

    /** @return the first unexpected message the receive accepts, left in place, or null */
    Incoming peekUnexpected(int context, int source, int tag) {
        for (Incoming m : unexpected) {
            if (accepts(m, context, source, tag)) {
                return m;
            }
        }
        return null;
    }

    private static boolean accepts(Incoming m, int context, int source, int tag) {
        return m.context == context && (source == Comm.ANY_SOURCE || source == m.source) && (tag == Comm.ANY_TAG || tag == m.tag);
    }

    void post(RecvRequest r) {
        posted.add(r);
        r.posted = true;
    }

    void unpost(RecvRequest r) {
        posted.remove(r);
        r.posted = false;
    }

    void arrived(Incoming m) {
        unexpected.add(m);
        unexpectedArrivals++;
    }

    /** @return how many messages arrived before their receive was posted, since the engine started */
    long unexpectedArrivals() {
        return unexpectedArrivals;
    }

    /** @return the posted receives waiting on {@code worldRank} or on any source */
    List<RecvRequest> postedOn(int worldRank) {
        List<RecvRequest> out = new ArrayList<>();
        for (RecvRequest r : posted) {
            if (r.sourceWorld == worldRank || r.sourceWorld == Comm.ANY_SOURCE) {
                out.add(r);
            }
        }
        return out;
    }
}
