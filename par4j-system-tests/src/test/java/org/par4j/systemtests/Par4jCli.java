package org.par4j.systemtests;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.par4j.cli.Par4jCommand;
import org.par4j.cli.RunCommand;
import org.par4j.cli.run.SingleJvmLauncher;
import picocli.CommandLine;

/**
 * The par4j command as the system tests use it: in this JVM through {@link Par4jCommand}, programs in
 * child JVMs writing to files, or as {@code bin/par4j} in a process. Every wait is scaled by
 * {@code par4j.test.timeoutFactor}.
 */
final class Par4jCli {
    /** The repository's root: the system tests run in its par4j-system-tests folder. */
    static final Path ROOT = Path.of(System.getProperty("user.dir")).toAbsolutePath().getParent();
    static final Path EXAMPLES = ROOT.resolve("examples");
    static final Path BIN = ROOT.resolve("bin/par4j");

    private Par4jCli() {
    }

    /**
     * What one call produced.
     *
     * @param status the exit status
     * @param out standard output
     * @param err standard error
     */
    record Result(int status, String out, String err) {
    }

    static long millis(long seconds) {
        return (long) (seconds * 1000 * Double.parseDouble(System.getProperty("par4j.test.timeoutFactor", "1")));
    }

    /** Runs the CLI's main logic in this JVM; {@code run} starts programs in child JVMs. */
    static Result inProcess(Path dir, long timeoutSeconds, String... args) throws Exception {
        Path childOut = dir.resolve("child.out");
        Path childErr = dir.resolve("child.err");
        Files.deleteIfExists(childOut);
        Files.deleteIfExists(childErr);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Par4jCommand.commandLine(new Par4jCommand(
                new SingleJvmLauncher(Redirect.to(childOut.toFile()), Redirect.to(childErr.toFile()))));
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        System.setProperty(RunCommand.CACHE_DIR_PROPERTY, dir.resolve("cache").toString());
        ExecutorService runner = Executors.newSingleThreadExecutor();
        try {
            Future<Integer> status = runner.submit(() -> cl.execute(args));
            int code = status.get(millis(timeoutSeconds), TimeUnit.MILLISECONDS);
            return new Result(code, out + read(childOut), err + read(childErr));
        } finally {
            runner.shutdownNow();
            System.clearProperty(RunCommand.CACHE_DIR_PROPERTY);
        }
    }

    /** Starts {@code bin/par4j} with its own cache in {@code dir}; it never builds (PAR4J_NO_BUILD=1). */
    static ProcessBuilder bin(Path dir, String... args) {
        ProcessBuilder pb = new ProcessBuilder();
        pb.command().add(BIN.toString());
        pb.command().addAll(java.util.List.of(args));
        pb.environment().put("PAR4J_NO_BUILD", "1");
        pb.environment().put("XDG_CACHE_HOME", dir.resolve("xdg-cache").toString());
        pb.environment().put("XDG_RUNTIME_DIR", dir.toString());
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        return pb.directory(ROOT.toFile());
    }

    /** Runs {@code bin/par4j} to the end, output captured through files. */
    static Result runBin(Path dir, long timeoutSeconds, String... args) throws Exception {
        Path out = dir.resolve("bin.out");
        Path err = dir.resolve("bin.err");
        Process p = bin(dir, args).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        try {
            if (!p.waitFor(millis(timeoutSeconds), TimeUnit.MILLISECONDS)) {
                throw new AssertionError("bin/par4j " + String.join(" ", args) + " still running after "
                        + timeoutSeconds + " s; stderr: " + read(err));
            }
            return new Result(p.exitValue(), read(out), read(err));
        } finally {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        }
    }

    static boolean built() {
        Path target = ROOT.resolve("par4j-cli/target");
        try (var jars = Files.list(target)) {
            return Files.isDirectory(target.resolve("lib"))
                    && jars.anyMatch(f -> f.getFileName().toString().matches("par4j-cli-.*\\.jar"));
        } catch (IOException e) {
            return false;
        }
    }

    private static String read(Path file) throws IOException {
        return Files.exists(file) ? Files.readString(file) : "";
    }
}
