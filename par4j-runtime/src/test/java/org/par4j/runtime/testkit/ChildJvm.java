package org.par4j.runtime.testkit;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Starts a test's main class in a child JVM with this JVM's class path, passing serializable handles
 * as Base64 arguments; its output goes to a file shown when a test fails. Cross-process tests use it
 * until they run on {@code JvmProcess}.
 */
public final class ChildJvm implements AutoCloseable {
    private final Process process;
    private final Path log;

    private ChildJvm(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /**
     * @param main a class with {@code main(String[])}
     * @param args handles and values, serialized
     * @return the started child
     */
    public static ChildJvm start(Class<?> main, Serializable... args) {
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), main.getName()));
        for (Serializable a : args) {
            cmd.add(encode(a));
        }
        try {
            Path log = Files.createTempFile("par4j-child-", ".log");
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            return new ChildJvm(p, log);
        } catch (IOException e) {
            throw new IllegalStateException("cannot start child JVM", e);
        }
    }

    /**
     * @param <T> the expected type
     * @param arg an argument made by {@link #start}
     * @return the object
     */
    @SuppressWarnings("unchecked")
    public static <T> T decode(String arg) {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(Base64.getDecoder().decode(arg)))) {
            return (T) in.readObject();
        } catch (IOException | ClassNotFoundException e) {
            throw new IllegalStateException("bad argument", e);
        }
    }

    private static String encode(Serializable o) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(o);
        } catch (IOException e) {
            throw new IllegalStateException("cannot serialize " + o, e);
        }
        return Base64.getEncoder().encodeToString(bytes.toByteArray());
    }

    /** @return the child's pid */
    public long pid() {
        return process.pid();
    }

    /** @return true while it runs */
    public boolean isAlive() {
        return process.isAlive();
    }

    /**
     * @param timeout how long to wait
     * @return the exit code
     * @throws AssertionError with the child's output if it does not exit in time
     */
    public int exitCode(Duration timeout) throws InterruptedException {
        if (!process.waitFor(Timeouts.scaled(timeout).toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("child " + pid() + " did not exit in " + timeout + "; output:\n" + output());
        }
        return process.exitValue();
    }

    /** Waits for a zero exit code, failing with the child's output otherwise. */
    public void assertSucceeds(Duration timeout) throws InterruptedException {
        int code = exitCode(timeout);
        if (code != 0) {
            throw new AssertionError("child " + pid() + " exited with " + code + "; output:\n" + output());
        }
    }

    /** Kills the child with SIGKILL and reaps it. */
    public void kill9() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(Timeouts.scaled(Duration.ofSeconds(10)).toMillis(), TimeUnit.MILLISECONDS);
    }

    /** @return what the child printed so far */
    public String output() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(no output: " + e + ")";
        }
    }

    @Override
    public void close() throws IOException {
        if (process.isAlive()) {
            process.destroyForcibly();
        }
        Files.deleteIfExists(log);
    }
}
