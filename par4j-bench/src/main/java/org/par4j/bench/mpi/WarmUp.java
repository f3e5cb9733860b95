package org.par4j.bench.mpi;

import org.par4j.mpi.Buffer;
import org.par4j.mpi.Comm;

/**
 * Warming up before timing, as JMH does: otherwise the first sizes time the JIT compiling the path
 * (and its compiler threads taking a core of two). Every rank runs the same batches; rank 0 keeps time
 * and broadcasts after each batch whether another follows, so all ranks stop together.
 */
final class WarmUp {
    /** How long the warm-up lasts, about. */
    static final long NANOS = 1_000_000_000L;

    private WarmUp() {
    }

    /**
     * @param w the communicator
     * @param batch what one batch does (the same on every rank)
     */
    static void run(Comm w, Runnable batch) {
        run(w, batch, NANOS);
    }

    /**
     * @param w the communicator
     * @param batch what one batch does (the same on every rank)
     * @param nanos how long, about, by rank 0's clock; at least one batch runs
     */
    static void run(Comm w, Runnable batch, long nanos) {
        long end = System.nanoTime() + nanos;
        int[] more = new int[1];
        do {
            batch.run();
            more[0] = w.rank() == 0 && System.nanoTime() < end ? 1 : 0;
            w.bcast(Buffer.of(more), 0);
        } while (more[0] == 1);
    }
}
