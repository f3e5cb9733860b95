package org.par4j.runtime.spawn;

import java.nio.channels.spi.SelectorProvider;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The command line of a worker JVM: this JVM's {@code java} binary and class path, the flags that
 * make workers start fast and die cleanly, the AOT cache when there is one, then the pool's options.
 */
public final class JvmCommand {
    /** Flags every worker gets, before the user's options (which may override them). */
    static final List<String> WORKER_FLAGS = List.of(
            "--enable-native-access=ALL-UNNAMED",
            "--sun-misc-unsafe-memory-access=allow",
            "-XX:+UseSerialGC",
            // A worker out of memory dies (and its call fails) rather than limping on.
            "-XX:+ExitOnOutOfMemoryError");

    /** The system property that names the NIO selector provider, which skips its service look-up. */
    static final String SELECTOR_PROVIDER = "java.nio.channels.spi.SelectorProvider";

    private JvmCommand() {
    }

    /**
     * Names this JVM's own NIO provider to a JVM it starts. Without it, the child's first socket looks
     * for a {@code SelectorProvider} service in every jar of its class path, and opening each jar in a
     * fresh, interpreted JVM costs: 13-20 ms of a worker's start with par4j's 20 jars. Nothing is named
     * when this JVM's provider is not the JDK's (a service of the class path: the child looks it up as
     * well) or the user names one.
     *
     * @param jvmOptions the child's other options
     * @return the flag, or nothing
     */
    public static List<String> selectorProviderFlag(List<String> jvmOptions) {
        String provider = SelectorProvider.provider().getClass().getName();
        boolean named = System.getProperty(SELECTOR_PROVIDER) != null
                || jvmOptions.stream().anyMatch(o -> o.startsWith("-D" + SELECTOR_PROVIDER + "="));
        return named || !provider.startsWith("sun.nio.ch.") ? List.of() : List.of("-D" + SELECTOR_PROVIDER + "=" + provider);
    }

    /**
     * @param jvmOptions the worker's other options
     * @return {@link #WORKER_FLAGS} and the {@link #selectorProviderFlag}: what every worker JVM, and
     *     the AOT training that stands for one, starts with
     */
    static List<String> workerFlags(List<String> jvmOptions) {
        List<String> flags = new ArrayList<>(WORKER_FLAGS);
        flags.addAll(selectorProviderFlag(jvmOptions));
        return flags;
    }

    /** @return this JVM's java launcher */
    public static Path javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }

    /** @return this JVM's class path, which workers share */
    public static String classPath() {
        return System.getProperty("java.class.path", ".");
    }

    /**
     * @param jvmOptions the pool's extra options
     * @param aotFlags flags naming the AOT cache to use or create, possibly empty
     * @return the full command line of a worker
     */
    public static List<String> worker(List<String> jvmOptions, List<String> aotFlags) {
        List<String> cmd = new ArrayList<>();
        cmd.add(javaBinary().toString());
        cmd.addAll(workerFlags(jvmOptions));
        cmd.addAll(aotFlags);
        for (Map.Entry<Object, Object> e : System.getProperties().entrySet()) {
            String key = String.valueOf(e.getKey());
            // par4j's knobs follow the parent into its workers.
            if (key.startsWith("par4j.") && !key.startsWith("par4j.worker.")) {
                cmd.add("-D" + key + "=" + e.getValue());
            }
        }
        cmd.addAll(jvmOptions);
        cmd.add("-cp");
        cmd.add(classPath());
        cmd.add(WorkerMain.class.getName());
        return cmd;
    }
}
