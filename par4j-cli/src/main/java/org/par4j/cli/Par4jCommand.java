package org.par4j.cli;

import java.util.Objects;
import java.util.concurrent.Callable;
import org.par4j.cli.run.Launcher;
import org.par4j.runtime.spawn.ExitByReturning;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code par4j} command: {@code run} a program, {@code info} about this machine, {@code bench}
 * measurements. {@code bin/par4j} builds par4j when needed and runs this class.
 *
 * <pre>
 * par4j run examples/Squares.java
 * par4j info
 * par4j bench overhead --json overhead.json
 * </pre>
 */
@Command(name = "par4j", mixinStandardHelpOptions = true, versionProvider = Par4jVersion.class,
        description = "Parallel computing for Java: process and thread pools, JVM worker processes, MPI-style"
                + " message passing, and measurements.",
        subcommands = {RunCommand.class, InfoCommand.class, BenchCommand.class})
public final class Par4jCommand implements Callable<Integer> {
    private final Launcher launcher;

    @Spec
    private CommandSpec spec;

    /** The command as bin/par4j runs it: the launcher comes from the environment. */
    public Par4jCommand() {
        this(Launcher.fromEnvironment());
    }

    /** @param launcher how {@code par4j run} starts programs */
    public Par4jCommand(Launcher launcher) {
        this.launcher = Objects.requireNonNull(launcher, "launcher");
    }

    /** @return how {@code par4j run} starts programs */
    Launcher launcher() {
        return launcher;
    }

    /**
     * @param command the top command
     * @return its command line, with the parser set for {@code run} (everything after the program is
     *     the program's, options included) and bad option values reported in one line
     */
    public static CommandLine commandLine(Par4jCommand command) {
        CommandLine cl = new CommandLine(command);
        cl.getSubcommands().get("run").setStopAtPositional(true);
        cl.setExecutionExceptionHandler((e, failed, parsed) -> {
            if (!(e instanceof IllegalArgumentException)) {
                throw e;
            }
            // bad option values (workers < 1, ...): one line naming the problem, not a stack trace
            failed.getErr().println("par4j " + failed.getCommandName() + ": " + e.getMessage());
            failed.getErr().flush();
            return CommandLine.ExitCode.USAGE;
        });
        return cl;
    }

    /**
     * Runs par4j and exits with its status: on success by returning, which ends the JVM ~10 ms sooner
     * than {@code System.exit} (see {@link ExitByReturning}); {@code par4j run} starts the program after.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        int status = commandLine(new Par4jCommand()).execute(args);
        if (status != 0) {
            System.exit(status);
        }
        ExitByReturning.arm();
    }

    /** Without a subcommand: print the usage on standard error and fail. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return CommandLine.ExitCode.USAGE;
    }
}
