package org.par4j;

import java.util.List;

/**
 * A worker JVM died while it held a task: killed, crashed, out of memory or {@code System.exit}.
 * The message names the worker's pid, its exit status (negative: the signal that killed it, as in
 * Python), the task, and the worker's last lines of standard error.
 */
public class WorkerDiedException extends Par4jException {
    private static final long serialVersionUID = 1L;
    private final long pid;
    private final int exitStatus;
    private final String task;
    private final List<String> lastWords;

    /**
     * @param pid the worker's process id
     * @param exitStatus exit code, or minus the signal number when killed by a signal
     * @param task a description of the task the worker held
     * @param lastWords the worker's last lines of standard error, oldest first
     */
    public WorkerDiedException(long pid, int exitStatus, String task, List<String> lastWords) {
        super(message(pid, exitStatus, task, lastWords));
        this.pid = pid;
        this.exitStatus = exitStatus;
        this.task = task;
        this.lastWords = List.copyOf(lastWords);
    }

    private static String message(long pid, int exitStatus, String task, List<String> lastWords) {
        String status = exitStatus < 0 ? "killed by signal " + -exitStatus : "exit code " + exitStatus;
        StringBuilder sb = new StringBuilder("worker pid ").append(pid).append(" died (").append(status)
                .append(") while running ").append(task);
        if (!lastWords.isEmpty()) {
            sb.append("; its last words:");
            lastWords.forEach(line -> sb.append("\n    ").append(line));
        }
        return sb.toString();
    }

    /** @return the dead worker's process id */
    public long pid() {
        return pid;
    }

    /** @return its exit code, or minus the signal number that killed it */
    public int exitStatus() {
        return exitStatus;
    }

    /** @return a description of the task it held */
    public String task() {
        return task;
    }

    /** @return its last lines of standard error */
    public List<String> lastWords() {
        return lastWords;
    }
}
