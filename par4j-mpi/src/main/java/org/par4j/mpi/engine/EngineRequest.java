package org.par4j.mpi.engine;

import org.par4j.mpi.Request;
import org.par4j.mpi.Status;

/** What sends and receives share: waiting and testing drive the engine until the request is done. */
abstract class EngineRequest implements Request, Completion {
    final Engine engine;

    EngineRequest(Engine engine) {
        this.engine = engine;
    }

    @Override
    public final Status waitFor() {
        engine.await(this);
        return result();
    }

    @Override
    public final boolean test() {
        if (!isDone()) {
            engine.progress();
        }
        if (isDone()) {
            result();
            return true;
        }
        return false;
    }

    /** @return the status of a done request @throws org.par4j.mpi.MpiException if it failed */
    abstract Status result();
}
