package org.par4j.transport.rendezvous;

import java.util.List;
import java.util.function.BiConsumer;
import org.par4j.transport.Endpoint;

/**
 * Where ranks find each other: the launcher's rendezvous service, or an in-process table for ranks run
 * as threads. Also carries the launcher's news about ranks that left the job.
 */
public interface Directory extends AutoCloseable {

    /**
     * Registers this rank's endpoint and waits for everyone's.
     *
     * @param mine this rank's endpoint
     * @return every endpoint, by rank
     */
    List<Endpoint> exchange(Endpoint mine);

    /** Waits until every rank has called it (used once: all rings mapped). */
    void barrier();

    /**
     * @param onRankGone called with (rank, description) when a rank exits or dies
     */
    void onRankGone(BiConsumer<Integer, String> onRankGone);

    /**
     * Tells the launcher to stop the job with this status.
     *
     * @param code exit status
     * @param reason why, in words
     */
    void abort(int code, String reason);

    @Override
    void close();
}
