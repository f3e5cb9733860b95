package org.par4j.mpi;

import java.util.Objects;

/**
 * A non-blocking operation in flight ({@code isend}, {@code irecv}): wait for it, test it, cancel it.
 * Requests make progress while any call on their communicator runs, so {@link #test()} in a loop
 * completes them.
 *
 * <pre>{@code
 * Request r = world.irecv(Buffer.of(halo), left, 0);
 * world.send(Buffer.of(edge), right, 0);
 * Status s = r.waitFor();
 * }</pre>
 *
 * <p>Memory consistency effects: the contents of a receive buffer (or the received object) are visible
 * to the thread that saw {@link #waitFor()} return or {@link #test()} return true; a send buffer may be
 * reused after that point.
 */
public interface Request {

    /**
     * Blocks until the operation completes.
     *
     * @return what arrived (for a send: the destination, tag and size)
     * @throws MpiException the operation's failure: truncation, type mismatch, a failed rank
     */
    Status waitFor();

    /**
     * Makes progress and returns at once.
     *
     * @return true if the operation has completed ({@link #waitFor()} then returns without blocking)
     * @throws MpiException the operation's failure
     */
    boolean test();

    /**
     * Cancels the operation if it has not matched yet.
     *
     * @return true if it was cancelled (its status then says so), false if it had already matched or completed
     */
    boolean cancel();

    /**
     * The object an {@code irecv(source, tag)} received, decoded on first call.
     *
     * @param <T> the type the caller expects
     * @return the object
     * @throws IllegalStateException if this is not a completed object receive
     */
    <T> T object();

    /**
     * Waits for all requests.
     *
     * @param requests the requests
     * @return their statuses, in order
     * @throws MpiException the first failure, after every request has finished or failed
     */
    static Status[] waitAll(Request... requests) {
        Status[] out = new Status[requests.length];
        MpiException first = null;
        for (int i = 0; i < requests.length; i++) {
            try {
                out[i] = Objects.requireNonNull(requests[i], "request").waitFor();
            } catch (MpiException e) {
                if (first == null) {
                    first = e;
                }
            }
        }
        if (first != null) {
            throw first;
        }
        return out;
    }

    /**
     * Waits until one of the requests completes.
     *
     * @param requests the requests (at least one)
     * @return the index of a completed request
     */
    static int waitAny(Request... requests) {
        if (requests.length == 0) {
            throw new IllegalArgumentException("waitAny needs at least one request");
        }
        for (long spins = 0; ; spins++) {
            for (int i = 0; i < requests.length; i++) {
                if (requests[i].test()) {
                    return i;
                }
            }
            if (spins < 10_000) {
                Thread.onSpinWait();
            } else {
                Thread.yield();
            }
        }
    }

    /**
     * @param requests the requests
     * @return true if every request has completed
     */
    static boolean testAll(Request... requests) {
        boolean all = true;
        for (Request r : requests) {
            all &= r.test();
        }
        return all;
    }
}
