package org.par4j.cli.run;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A program ready to run: the JVM, its options, the class path, the main class and its arguments.
 * {@code par4j run} prepares one and hands it to a {@link Launcher}, which starts one JVM
 * ({@link SingleJvmLauncher}), has {@code bin/par4j} become that JVM ({@link ExecHandoffLauncher}), or
 * (with {@code -n}) starts one per rank.
 *
 * @param javaBinary the {@code java} executable
 * @param jvmFlags options before the class path: {@link #DEFAULT_JVM_FLAGS}, then the user's ({@code -Xmx2g})
 * @param par4jClassPath par4j's jars and their dependencies (this JVM's class path)
 * @param programClassPath the program's own entries: compiled classes, its jar, {@code -cp}
 * @param mainClass the binary name of the class whose {@code main} runs
 * @param args the program's arguments
 */
public record RunTarget(Path javaBinary, List<String> jvmFlags, List<String> par4jClassPath,
        List<String> programClassPath, String mainClass, List<String> args) {

    /** The options every par4j JVM needs: FFM downcalls, and Unsafe memory access for the Fory codec. */
    public static final List<String> DEFAULT_JVM_FLAGS =
            List.of("--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow");

    /** Checks and copies. */
    public RunTarget {
        Objects.requireNonNull(javaBinary, "javaBinary");
        Objects.requireNonNull(mainClass, "mainClass");
        jvmFlags = List.copyOf(jvmFlags);
        par4jClassPath = List.copyOf(par4jClassPath);
        programClassPath = List.copyOf(programClassPath);
        args = List.copyOf(args);
    }

    /**
     * @return the program's class path: its own entries, then par4j's jars; worker JVMs the program
     *     starts inherit it, and find the classes of its tasks in the first jar they open
     */
    public List<String> classPath() {
        List<String> all = new ArrayList<>(programClassPath);
        all.addAll(par4jClassPath);
        return all;
    }

    /** @return {@link #classPath()} joined with the platform's separator */
    public String classPathString() {
        return String.join(File.pathSeparator, classPath());
    }

    /** @return the options the user added to {@link #DEFAULT_JVM_FLAGS} */
    public List<String> userJvmFlags() {
        List<String> user = new ArrayList<>(jvmFlags);
        DEFAULT_JVM_FLAGS.forEach(user::remove);
        return user;
    }

    /** @return the command line that runs the program directly */
    public List<String> command() {
        return commandWith(List.of(mainClass));
    }

    /**
     * @param mainAndPrefix what comes after the class path: the main class, or a wrapper and then it
     * @return the command line with {@link #args()} appended
     */
    List<String> commandWith(List<String> mainAndPrefix) {
        List<String> cmd = new ArrayList<>();
        cmd.add(javaBinary.toString());
        cmd.addAll(jvmFlags);
        cmd.add("-cp");
        cmd.add(classPathString());
        cmd.addAll(mainAndPrefix);
        cmd.addAll(args);
        return cmd;
    }
}
