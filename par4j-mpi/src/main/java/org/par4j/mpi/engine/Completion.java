package org.par4j.mpi.engine;

import org.par4j.mpi.MpiException;

/** What the engine's wait loop needs to know about an operation in flight. */
interface Completion {

    /** @return true once completed, failed or cancelled */
    boolean isDone();

    /** @return the world rank this operation waits on, or -1 for any */
    int peer();

    /** @param e why the operation cannot complete */
    void fail(MpiException e);
}
