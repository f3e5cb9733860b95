package org.par4j.runtime.shm;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * A process named so that a reused pid is not mistaken for it: its pid and its start time in clock
 * ticks since boot (field 22 of {@code /proc/<pid>/stat}). Start time 0 means "unknown": only the pid
 * is compared.
 *
 * @param pid the operating-system process id
 * @param startTicks when it started, in clock ticks since boot, or 0 if unknown
 */
public record ProcessIdentity(long pid, long startTicks) {

    private static final ProcessIdentity CURRENT = of(ProcessHandle.current().pid());

    /** @return this JVM's identity */
    public static ProcessIdentity current() {
        return CURRENT;
    }

    /**
     * @param pid a process id
     * @return its identity now, with start time 0 if no such process runs
     */
    public static ProcessIdentity of(long pid) {
        String[] fields = statFields(pid);
        return new ProcessIdentity(pid, fields == null ? 0 : Long.parseLong(fields[19]));
    }

    /**
     * @return true if this process still runs: the pid exists, is not a zombie, and started at the
     *         recorded time (when one is recorded)
     */
    public boolean isAlive() {
        String[] fields = statFields(pid);
        if (fields == null) {
            return false;
        }
        char state = fields[0].charAt(0);
        if (state == 'Z' || state == 'X' || state == 'x') {
            return false;
        }
        return startTicks == 0 || Long.parseLong(fields[19]) == startTicks;
    }

    /** @return the fields of /proc/pid/stat after the command name (state first), or null if gone */
    private static String[] statFields(long pid) {
        if (pid <= 0) {
            return null;
        }
        String stat;
        try {
            stat = new String(Files.readAllBytes(Path.of("/proc", Long.toString(pid), "stat")),
                    StandardCharsets.US_ASCII);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            // ESRCH while reading: the process exited between open and read
            return null;
        }
        // The command name is in parentheses and may itself contain spaces or parentheses.
        int close = stat.lastIndexOf(')');
        return stat.substring(close + 2).trim().split(" ");
    }

    @Override
    public String toString() {
        return "pid " + pid;
    }
}
