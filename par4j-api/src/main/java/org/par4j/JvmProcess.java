package org.par4j;

import java.time.Duration;
import java.util.Objects;
import java.util.OptionalInt;
import org.par4j.spi.Par4jRuntime;
import org.par4j.spi.ProcessControl;

/**
 * One task run in its own JVM: Python's {@code multiprocessing.Process}. Arguments travel as what
 * the lambda captures.
 *
 * <pre>{@code
 * JvmProcess p = new JvmProcess("square", () -> System.out.println(7 * 7)).start();
 * p.join();
 * System.out.println(p.exitCode());   // OptionalInt[0]
 * }</pre>
 *
 * <p>The child's standard output and error reach this JVM's, line by line. An uncaught exception in
 * the child prints its stack trace there and gives exit code 1; {@code System.exit(n)} gives n; a
 * process killed by a signal has exit code minus the signal number, as in Python. A child exits when
 * its parent dies, even by {@code kill -9}.
 *
 * <p>States: NEW (not started) -&gt; STARTED ({@link #start()}) -&gt; EXITED ({@link #exitCode()} set).
 * A daemon process is killed when this JVM exits; a non-daemon one keeps this JVM alive until it
 * exits, as a non-daemon {@link Thread} does.
 */
public final class JvmProcess {
    private final SerializableRunnable target;
    private String name;
    private boolean daemon;
    private volatile ProcessControl control;

    /** @param target what the child runs */
    public JvmProcess(SerializableRunnable target) {
        this("JvmProcess", target);
    }

    /**
     * @param name a name for messages
     * @param target what the child runs
     */
    public JvmProcess(String name, SerializableRunnable target) {
        this.name = Objects.requireNonNull(name, "name");
        this.target = Objects.requireNonNull(target, "target");
    }

    /**
     * @param on true to kill the child when this JVM exits
     * @return this process
     * @throws IllegalStateException if already started
     */
    public JvmProcess daemon(boolean on) {
        requireNew();
        daemon = on;
        return this;
    }

    /**
     * @param newName the process's name
     * @return this process
     */
    public JvmProcess name(String newName) {
        name = Objects.requireNonNull(newName, "name");
        return this;
    }

    /** @return the process's name */
    public String name() {
        return name;
    }

    /** @return true if it is killed when this JVM exits */
    public boolean isDaemon() {
        return daemon;
    }

    /**
     * Starts the child JVM.
     *
     * @return this process
     * @throws IllegalStateException if already started
     * @throws NotSerializableTaskException if the target cannot be serialized
     */
    public synchronized JvmProcess start() {
        requireNew();
        control = Par4jRuntime.get().startProcess(name, daemon, target);
        return this;
    }

    /**
     * Waits for the child to exit.
     *
     * @throws InterruptedException if interrupted while waiting
     */
    public void join() throws InterruptedException {
        started().waitFor(null);
    }

    /**
     * @param timeout how long to wait at most
     * @return true if the child has exited
     * @throws InterruptedException if interrupted while waiting
     */
    public boolean join(Duration timeout) throws InterruptedException {
        return started().waitFor(Objects.requireNonNull(timeout, "timeout"));
    }

    /** @return true between start and exit */
    public boolean isAlive() {
        ProcessControl c = control;
        return c != null && c.isAlive();
    }

    /** @return the child's process id, or -1 before {@link #start()} */
    public long pid() {
        ProcessControl c = control;
        return c == null ? -1 : c.pid();
    }

    /**
     * The child's exit code, as Python reports it: minus the signal number when a signal ended it
     * ({@code -9} after {@link #kill()}, {@code -15} after {@link #terminate()}). Java sees a signalled
     * child as 128 + signal, and a JVM that got SIGTERM exits with 143, so a child that calls
     * {@code System.exit(n)} with 129 &lt;= n &lt;= 192 also reads as negative: keep your own exit codes
     * at 128 or below.
     *
     * @return the exit code, empty before the child has exited
     */
    public OptionalInt exitCode() {
        ProcessControl c = control;
        return c == null ? OptionalInt.empty() : c.exitCode();
    }

    /** Asks the child to stop (SIGTERM); its shutdown hooks run. */
    public void terminate() {
        started().terminate();
    }

    /** Kills the child (SIGKILL). */
    public void kill() {
        started().kill();
    }

    @Override
    public String toString() {
        ProcessControl c = control;
        String state = c == null ? "new" : c.isAlive() ? "started" : "exitcode=" + c.exitCode().orElse(0);
        return "<JvmProcess name='" + name + "' pid=" + pid() + " " + state + (daemon ? " daemon>" : ">");
    }

    private void requireNew() {
        if (control != null) {
            throw new IllegalStateException("process '" + name + "' was already started");
        }
    }

    private ProcessControl started() {
        ProcessControl c = control;
        if (c == null) {
            throw new IllegalStateException("process '" + name + "' was not started");
        }
        return c;
    }
}
