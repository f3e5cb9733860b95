package org.par4j.cli.run;

import java.io.File;
import org.par4j.launch.RankJob;
import org.par4j.launch.RankLauncher;

/**
 * Runs a prepared program as N MPI-style ranks ({@code par4j run -n N}) through a
 * {@link RankLauncher} of par4j-launch ({@code local}: N JVMs on this host). The ranks get the
 * program's class path (the rank launcher adds par4j's), its main class, arguments and JVM options;
 * their output is forwarded line by line, prefixed with {@code [rank]} when asked; the job's exit
 * status is the first failing rank's, or 0.
 *
 * @param ranks the rank launcher
 * @param n how many ranks
 * @param tagOutput prefix every output line with {@code [rank]}
 * @param transport {@code auto}, {@code shm} or {@code tcp}
 */
public record RankJobLauncher(RankLauncher ranks, int n, boolean tagOutput, String transport) implements Launcher {

    @Override
    public int launch(RunTarget target) {
        RankJob job = new RankJob(n, String.join(File.pathSeparator, target.programClassPath()), target.mainClass(),
                target.args(), transport, tagOutput, target.userJvmFlags(), System.out, System.err);
        return ranks.launch(job);
    }
}
