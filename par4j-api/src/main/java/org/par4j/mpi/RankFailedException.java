package org.par4j.mpi;

/**
 * A rank this call waits on has died or left the job; the call can never complete. The message names
 * the rank and, where known, its exit status and last words.
 */
public class RankFailedException extends MpiException {
    private static final long serialVersionUID = 1L;
    private final int rank;

    /**
     * @param rank the failed rank, in {@code MPI_COMM_WORLD} numbering
     * @param message what is known about the failure
     */
    public RankFailedException(int rank, String message) {
        super(message);
        this.rank = rank;
    }

    /** @return the failed rank, in world numbering */
    public int rank() {
        return rank;
    }
}
