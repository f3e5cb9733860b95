package org.par4j.bench.mpi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.par4j.launch.LocalRankLauncher;
import org.par4j.launch.RankJob;

/**
 * Runs a benchmark's rank program as one job of fresh local rank JVMs and returns what rank 0 wrote:
 * the program gets a file's path as its first argument and writes a line of space-separated fields a
 * figure.
 */
final class RankJobLines {
    private RankJobLines() {
    }

    /**
     * @param what what the job measures, for the error message
     * @param ranks how many rank JVMs
     * @param main the rank program
     * @param transport how the ranks talk
     * @param jvmArgs the rank JVMs' options
     * @param args the program's arguments after the file
     * @return the fields of each line rank 0 wrote
     * @throws IllegalStateException if the job fails
     */
    static List<String[]> run(String what, int ranks, Class<?> main, String transport, List<String> jvmArgs,
            String... args) {
        try {
            Path file = Files.createTempFile("par4j-" + main.getSimpleName(), ".txt");
            try {
                List<String> all = new ArrayList<>(List.of(file.toString()));
                all.addAll(List.of(args));
                RankJob job = RankJob.of(ranks, "", main.getName(), all.toArray(String[]::new))
                        .withTransport(transport).withJvmArgs(jvmArgs);
                int status = new LocalRankLauncher().launch(job);
                if (status != 0) {
                    throw new IllegalStateException("the " + what + " ranks failed with status " + status);
                }
                return Files.readAllLines(file).stream().map(line -> line.split(" ")).toList();
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
