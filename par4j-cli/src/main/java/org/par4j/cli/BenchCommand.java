package org.par4j.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code par4j bench}: the measurements, one subcommand each. */
@Command(name = "bench", mixinStandardHelpOptions = true, versionProvider = Par4jVersion.class,
        description = "Measure what parallelism costs on this machine (tables; --json for tools).",
        subcommands = {BenchOverheadCommand.class, BenchPoolCommand.class, BenchIpcCommand.class, BenchPingPongCommand.class,
            BenchCollectivesCommand.class, BenchScalingCommand.class,
            BenchReportCommand.class})
public final class BenchCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    /** Without a subcommand: print the usage on standard error and fail. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return CommandLine.ExitCode.USAGE;
    }
}
