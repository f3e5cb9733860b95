package org.par4j.launch;

import java.io.PrintStream;
import java.util.List;
import java.util.Objects;

/**
 * What to launch: N ranks of one Java program.
 *
 * <pre>{@code
 * int status = RankLaunchers.byName("local").launch(
 *         RankJob.of(4, "build/classes", "Hello").withTagOutput(true).withTransport("shm"));
 * }</pre>
 *
 * @param n number of ranks (at least 1)
 * @param classPath the program's class path (the launcher appends par4j's own)
 * @param mainClass the class whose {@code main} each rank runs
 * @param args the program's arguments
 * @param transport {@code auto}, {@code shm} or {@code tcp}
 * @param tagOutput prefix each output line with {@code [rank]}
 * @param jvmArgs extra JVM options for every rank
 * @param out where ranks' standard output goes
 * @param err where ranks' standard error and the launcher's messages go
 */
public record RankJob(int n, String classPath, String mainClass, List<String> args, String transport,
                      boolean tagOutput, List<String> jvmArgs, PrintStream out, PrintStream err) {

    /** Checks the fields. */
    public RankJob {
        if (n < 1) {
            throw new IllegalArgumentException("a job needs at least 1 rank, got " + n);
        }
        Objects.requireNonNull(mainClass, "mainClass");
        classPath = classPath == null ? "" : classPath;
        args = List.copyOf(args);
        jvmArgs = List.copyOf(jvmArgs);
        transport = transport == null ? "auto" : transport;
        org.par4j.transport.TransportKind.parseChoice(transport);
        out = out == null ? System.out : out;
        err = err == null ? System.err : err;
    }

    /**
     * @param n ranks
     * @param classPath the program's class path
     * @param mainClass its main class
     * @param args its arguments
     * @return a job with default options (auto transport, untagged output, this JVM's streams)
     */
    public static RankJob of(int n, String classPath, String mainClass, String... args) {
        return new RankJob(n, classPath, mainClass, List.of(args), "auto", false, List.of(), System.out, System.err);
    }

    /** @param t auto, shm or tcp @return a copy with that transport */
    public RankJob withTransport(String t) {
        return new RankJob(n, classPath, mainClass, args, t, tagOutput, jvmArgs, out, err);
    }

    /** @param tag whether to prefix lines with the rank @return a copy */
    public RankJob withTagOutput(boolean tag) {
        return new RankJob(n, classPath, mainClass, args, transport, tag, jvmArgs, out, err);
    }

    /** @param options extra JVM options @return a copy */
    public RankJob withJvmArgs(List<String> options) {
        return new RankJob(n, classPath, mainClass, args, transport, tagOutput, options, out, err);
    }

    /** @param o standard output @param e standard error @return a copy writing there */
    public RankJob withOutput(PrintStream o, PrintStream e) {
        return new RankJob(n, classPath, mainClass, args, transport, tagOutput, jvmArgs, o, e);
    }
}
