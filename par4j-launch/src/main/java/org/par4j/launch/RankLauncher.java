package org.par4j.launch;

/**
 * A way of starting a job's ranks, found by name ({@link RankLaunchers#byName}): {@code local} (N JVMs
 * on this host, {@link LocalRankLauncher}) now; {@code ssh}, {@code slurm} and {@code mpirun} are
 * further implementations, one class each.
 */
public interface RankLauncher {

    /** @return the name users pick it by */
    String name();

    /**
     * Runs the job to the end.
     *
     * @param job what to run
     * @return the job's exit status: 0 if every rank exited 0, else the failing rank's status (or abort's code)
     */
    int launch(RankJob job);
}
