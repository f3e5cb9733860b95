package org.par4j.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.par4j.cli.run.SingleJvmLauncher;
import picocli.CommandLine;

/**
 * Runs the par4j command in this JVM for tests: the command's own output is captured, and programs
 * started by {@code run} write to files in a temporary folder. Every call has a deadline scaled by
 * {@code par4j.test.timeoutFactor}.
 */
final class CliRunner {
    private final Path dir;

    /**
     * What one call produced.
     *
     * @param status the exit status
     * @param out the command's standard output and the program's
     * @param err the command's standard error and the program's
     */
    record Result(int status, String out, String err) {
    }

    /** @param dir a temporary folder for the program's output files and the compile cache */
    CliRunner(Path dir) {
        this.dir = dir;
    }

    static Duration timeout(int seconds) {
        double factor = Double.parseDouble(System.getProperty("par4j.test.timeoutFactor", "1"));
        return Duration.ofMillis((long) (seconds * 1000 * factor));
    }

    Path cacheDir() {
        return dir.resolve("cache");
    }

    Result run(String... args) throws Exception {
        return run(timeout(120), args);
    }

    Result run(Duration deadline, String... args) throws Exception {
        Path childOut = dir.resolve("child.out");
        Path childErr = dir.resolve("child.err");
        Files.deleteIfExists(childOut);
        Files.deleteIfExists(childErr);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Par4jCommand.commandLine(
                new Par4jCommand(new SingleJvmLauncher(Redirect.to(childOut.toFile()), Redirect.to(childErr.toFile()))));
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        String previous = System.setProperty(RunCommand.CACHE_DIR_PROPERTY, cacheDir().toString());
        ExecutorService runner = Executors.newSingleThreadExecutor();
        try {
            Future<Integer> status = runner.submit(() -> cl.execute(args));
            int code = status.get(deadline.toMillis(), TimeUnit.MILLISECONDS);
            return new Result(code, out + read(childOut), err + read(childErr));
        } finally {
            runner.shutdownNow();
            if (previous == null) {
                System.clearProperty(RunCommand.CACHE_DIR_PROPERTY);
            } else {
                System.setProperty(RunCommand.CACHE_DIR_PROPERTY, previous);
            }
        }
    }

    private static String read(Path file) throws IOException {
        return Files.exists(file) ? Files.readString(file) : "";
    }
}
