package org.par4j.cli.run;

import java.io.PrintWriter;
import org.par4j.launch.RankJob;
import org.par4j.launch.RankLaunchers;

/**
 * {@code par4j run -n N}: hands the prepared program to a rank launcher found by name ("local" starts
 * N JVMs on this host and wires them up), which forwards their output, stops every rank when one fails
 * and returns the job's exit status.
 *
 * @param ranks N
 * @param launcherName the rank launcher's name
 * @param transport auto, shm or tcp
 * @param tagOutput prefix every line with its rank
 * @param out where the ranks' standard output goes
 * @param err where their standard error and the launcher's messages go
 */
public record RankJobLauncher(int ranks, String launcherName, String transport, boolean tagOutput, PrintWriter out,
        PrintWriter err) implements Launcher {

    /** Checks the rank count. */
    public RankJobLauncher {
        if (ranks < 1) {
            throw new IllegalArgumentException("-n needs at least 1 rank, got " + ranks);
        }
    }

    @Override
    public int launch(RunTarget target) {
        RankJob job = new RankJob(ranks, target.classPathString(), target.mainClass(), target.args(), transport,
                tagOutput, target.jvmFlags(), WriterPrintStream.over(out), WriterPrintStream.over(err));
        return RankLaunchers.byName(launcherName).launch(job);
    }
}
