package org.par4j.bench;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.par4j.runtime.spawn.JvmCommand;

/**
 * The floor under a pool's start: {@code n} JVMs started together, each running this class's empty
 * {@code main} from one class-path entry and exiting. No par4j code runs in them: no socket, no
 * codec, no AOT cache (the JDK's own class data archive only), Serial GC as workers have.
 */
final class BareJvms {
    private BareJvms() {
    }

    /** The empty program. */
    public static void main(String[] args) {
    }

    /**
     * Starts {@code n} bare JVMs at once and waits for all of them.
     *
     * @param n how many
     * @throws IOException if one cannot start
     * @throws InterruptedException if interrupted while waiting
     */
    static void startAndJoin(int n) throws IOException, InterruptedException {
        List<String> cmd = List.of(JvmCommand.javaBinary().toString(), "-XX:+UseSerialGC", "-cp", ownEntry(),
                BareJvms.class.getName());
        List<Process> started = new ArrayList<>();
        try {
            for (int i = 0; i < n; i++) {
                started.add(new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .redirectError(ProcessBuilder.Redirect.INHERIT).start());
            }
            for (Process p : started) {
                int status = p.waitFor();
                if (status != 0) {
                    throw new IllegalStateException("a bare JVM (" + String.join(" ", cmd) + ") exited with " + status);
                }
            }
        } finally {
            started.forEach(Process::destroyForcibly);
        }
    }

    /** @return the jar or folder this class was loaded from */
    private static String ownEntry() {
        try {
            return Path.of(BareJvms.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot find the class path entry of " + BareJvms.class.getName(), e);
        }
    }
}
