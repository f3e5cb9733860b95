package org.par4j.cli.run;

import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the program in one child JVM and waits for it. Standard input is shared; output and error go
 * where the constructor says (this JVM's by default). The child's exit status becomes par4j's.
 *
 * <p>The child does not outlive this JVM: a shutdown hook (SIGINT, SIGTERM, normal exit) stops it,
 * and against {@code kill -9} of this JVM the child runs {@link LauncherWatchMain}, which watches the
 * pid passed in {@value LauncherWatchMain#ENV} and exits when it is gone.
 *
 * @param output where the child's standard output goes
 * @param error where the child's standard error goes
 */
public record SingleJvmLauncher(Redirect output, Redirect error) implements Launcher {
    private static final long STOP_GRACE_SECONDS = 5;

    /** @return a launcher whose child shares this JVM's standard streams */
    public static SingleJvmLauncher inheritingIo() {
        return new SingleJvmLauncher(Redirect.INHERIT, Redirect.INHERIT);
    }

    @Override
    public int launch(RunTarget target) throws IOException, InterruptedException {
        List<String> command = target.commandWith(List.of(LauncherWatchMain.class.getName(), target.mainClass()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectInput(Redirect.INHERIT).redirectOutput(output).redirectError(error);
        builder.environment().put(LauncherWatchMain.ENV, Long.toString(ProcessHandle.current().pid()));
        Process child = builder.start();
        Thread stopper = new Thread(() -> stop(child), "par4j-run-stop-child");
        Runtime.getRuntime().addShutdownHook(stopper);
        try {
            return child.waitFor();
        } finally {
            if (!child.isAlive()) {
                removeHook(stopper);
            }
        }
    }

    private static void stop(Process child) {
        if (!child.isAlive()) {
            return;
        }
        child.destroy();
        try {
            if (!child.waitFor(STOP_GRACE_SECONDS, TimeUnit.SECONDS)) {
                child.destroyForcibly();
            }
        } catch (InterruptedException e) {
            child.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the JVM is already exiting: the hook runs and finds the child gone
        }
    }
}
