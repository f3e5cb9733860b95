package org.par4j.cli;

import java.io.File;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.par4j.cli.run.CompileFailedException;
import org.par4j.cli.run.RankJobLauncher;
import org.par4j.cli.run.RunTarget;
import org.par4j.cli.run.TargetResolver;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code par4j run FILE.java|MAIN-CLASS|APP.jar [ARGS...]}: compiles a single source file into a cache
 * (see {@link org.par4j.cli.run.SourceCompiler}) and runs it in a JVM whose class path holds par4j and
 * the program, so that the worker JVMs it starts can load its classes and lambdas. The program's exit
 * status is par4j's; a compile error prints javac's messages and exits 1.
 */
@Command(name = "run", mixinStandardHelpOptions = true, versionProvider = Par4jVersion.class,
        description = "Run a Java program with par4j on its class path: a single source file (compiled and"
                + " cached), a main class, or an application jar.",
        footer = {"", "Examples:", "  par4j run examples/Squares.java", "  par4j run -n 4 examples/Hello.java",
                "  par4j run examples/PiMonteCarlo.java 100000000 2",
                "  par4j run -cp build/classes com.example.Main --verbose"})
public final class RunCommand implements Callable<Integer> {
    /** System property naming the cache of compiled source files. */
    public static final String CACHE_DIR_PROPERTY = "par4j.run.cacheDir";
    private static final int USAGE_ERROR = 2;

    @ParentCommand
    private Par4jCommand parent;

    @Spec
    private CommandSpec spec;

    @Option(names = {"-cp", "--class-path"}, paramLabel = "PATH",
            description = "Extra class path for the program (entries separated by '${sys:path.separator}').")
    private String classPath;

    @Option(names = "-J", paramLabel = "JVM-OPTION",
            description = "An option for the program's JVM, such as -J-Xmx2g (repeatable).")
    private List<String> jvmOptions = new ArrayList<>();

    @Option(names = {"-n", "--np"}, paramLabel = "N",
            description = "Run N ranks of the program (MPI style: Comm.world() has size N); without -n, one JVM.")
    private Integer ranks;

    @Option(names = "--tag-output", description = "With -n: prefix every output line with [rank].")
    private boolean tagOutput;

    @Option(names = "--transport", defaultValue = "auto", paramLabel = "auto|shm|tcp",
            description = "With -n: how ranks exchange messages (default: ${DEFAULT-VALUE}: shared memory on one host).")
    private String transport;

    @Option(names = "--launcher", defaultValue = "local", paramLabel = "NAME",
            description = "With -n: the rank launcher (default: ${DEFAULT-VALUE}).")
    private String launcherName;

    @Parameters(index = "0", paramLabel = "FILE.java|MAIN-CLASS|APP.jar", description = "What to run.")
    private String target;

    @Parameters(index = "1..*", paramLabel = "ARGS", description = "The program's arguments.")
    private List<String> args = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        List<String> userCp = classPath == null || classPath.isEmpty() ? List.of()
                : List.of(classPath.split(File.pathSeparator));
        RunTarget prepared;
        try {
            prepared = new TargetResolver(par4jClassPath(), cacheRoot(), Par4jVersion.version())
                    .resolve(target, userCp, jvmOptions, args, err);
        } catch (CompileFailedException e) {
            return 1;
        } catch (IllegalArgumentException e) {
            err.println("par4j run: " + e.getMessage());
            err.flush();
            return USAGE_ERROR;
        }
        if (ranks == null) {
            return parent.launcher().launch(prepared);
        }
        try {
            return new RankJobLauncher(ranks, launcherName, transport, tagOutput, spec.commandLine().getOut(), err)
                    .launch(prepared);
        } catch (IllegalArgumentException e) {
            err.println("par4j run: " + e.getMessage());
            err.flush();
            return USAGE_ERROR;
        }
    }

    /** @return this JVM's class path: par4j's jars and their dependencies */
    static List<String> par4jClassPath() {
        return List.of(System.getProperty("java.class.path").split(File.pathSeparator));
    }

    /** @return {@value #CACHE_DIR_PROPERTY}, else $XDG_CACHE_HOME/par4j/run, else ~/.cache/par4j/run */
    static Path cacheRoot() {
        String configured = System.getProperty(CACHE_DIR_PROPERTY);
        if (configured != null && !configured.isEmpty()) {
            return Path.of(configured).toAbsolutePath();
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isEmpty() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("par4j").resolve("run").toAbsolutePath();
    }
}
