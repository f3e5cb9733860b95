package org.par4j.launch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Which CPU each rank binds to, as {@code mpirun --bind-to core} does by default for small jobs: rank r
 * gets the r-th CPU this process may run on, when there is one CPU per rank at least. Off with
 * {@code PAR4J_BIND=none} in the environment, and for jobs with more ranks than CPUs (oversubscribed
 * ranks must be free to move).
 */
final class CpuSets {
    /** Environment variable: {@code core} (the default) or {@code none}. */
    static final String BIND_ENV = "PAR4J_BIND";

    private CpuSets() {
    }

    /**
     * @param ranks ranks in the job
     * @return a CPU per rank, or an empty list to leave the ranks unbound
     */
    static List<Integer> forRanks(int ranks) {
        if ("none".equals(System.getenv(BIND_ENV))) {
            return List.of();
        }
        List<Integer> cpus = allowed(Path.of("/proc/self/status"));
        return cpus.size() >= ranks ? cpus.subList(0, ranks) : List.of();
    }

    /**
     * @param status a {@code /proc/PID/status} file
     * @return the CPUs of its {@code Cpus_allowed_list} line ("0-3,8,10-11"), empty if unreadable
     */
    static List<Integer> allowed(Path status) {
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("Cpus_allowed_list:")) {
                    return parseList(line.substring(line.indexOf(':') + 1).trim());
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux, or no /proc: leave the ranks unbound
        }
        return List.of();
    }

    /**
     * @param list a CPU list such as "0-3,8,10-11"
     * @return its CPUs in order
     */
    static List<Integer> parseList(String list) {
        List<Integer> cpus = new ArrayList<>();
        for (String part : list.split(",")) {
            if (part.isBlank()) {
                continue;
            }
            int dash = part.indexOf('-');
            int first = Integer.parseInt(part.substring(0, dash < 0 ? part.length() : dash).trim());
            int last = dash < 0 ? first : Integer.parseInt(part.substring(dash + 1).trim());
            for (int c = first; c <= last; c++) {
                cpus.add(c);
            }
        }
        return cpus;
    }
}
