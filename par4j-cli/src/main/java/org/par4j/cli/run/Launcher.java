package org.par4j.cli.run;

import java.io.IOException;

/**
 * Runs a prepared {@link RunTarget}: one class per way of starting it. {@code par4j run} uses
 * {@link ExecHandoffLauncher} under {@code bin/par4j} and {@link SingleJvmLauncher} elsewhere; a rank
 * launcher for {@code -n N} implements this too.
 */
public interface Launcher {

    /**
     * Runs the program to completion.
     *
     * @param target what to run
     * @return the exit status for {@code par4j}
     * @throws IOException if it cannot be started
     * @throws InterruptedException if interrupted while waiting for it
     */
    int launch(RunTarget target) throws IOException, InterruptedException;

    /**
     * @return the launcher {@code par4j run} uses here: {@link ExecHandoffLauncher} when
     *     {@code bin/par4j} asked for one ({@value ExecHandoffLauncher#ENV} set), else a
     *     {@link SingleJvmLauncher} sharing this JVM's standard streams
     */
    static Launcher fromEnvironment() {
        String handoff = System.getenv(ExecHandoffLauncher.ENV);
        return handoff == null || handoff.isEmpty()
                ? SingleJvmLauncher.inheritingIo()
                : new ExecHandoffLauncher(java.nio.file.Path.of(handoff));
    }
}
