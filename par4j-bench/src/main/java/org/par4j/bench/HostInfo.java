package org.par4j.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Facts about this machine that every benchmark header and {@code par4j info} print: CPU model, usable
 * CPUs (cgroup quota and affinity taken into account, as {@link Runtime#availableProcessors()} does),
 * memory, /dev/shm space and the load average. Linux files are read where they exist; elsewhere the
 * fact reads "unknown".
 */
public final class HostInfo {
    private static final Path PROC = Path.of("/proc");
    private static final Path SHM = Path.of("/dev/shm");

    private HostInfo() {
    }

    /** @return the load average over 1, 5 and 15 minutes, as in {@code /proc/loadavg}, or "unknown" */
    public static String loadAverage() {
        return firstLine(PROC.resolve("loadavg"))
                .map(l -> String.join(" ", List.of(l.split(" ")).subList(0, 3)))
                .orElse("unknown");
    }

    /** @return the CPU model name from {@code /proc/cpuinfo}, or the architecture */
    public static String cpuModel() {
        return lines(PROC.resolve("cpuinfo")).stream()
                .filter(l -> l.startsWith("model name"))
                .map(l -> l.substring(l.indexOf(':') + 1).strip())
                .findFirst()
                .orElse(System.getProperty("os.arch"));
    }

    /** @return the CPUs this JVM may use: cgroup quota and affinity mask taken into account */
    public static int usableCpus() {
        return Runtime.getRuntime().availableProcessors();
    }

    /** @return the online CPUs as the kernel lists them ({@code 0-1}), or "unknown" */
    public static String onlineCpus() {
        return firstLine(Path.of("/sys/devices/system/cpu/online")).orElse("unknown");
    }

    /** @return the CPUs this process may run on ({@code Cpus_allowed_list}), or "unknown" */
    public static String affinity() {
        return statusField("Cpus_allowed_list").orElse("unknown");
    }

    /** @return the cgroup CPU quota as "none" or "quota/period" in microseconds (v2, else v1), or "unknown" */
    public static String cgroupCpuQuota() {
        Optional<String> v2 = firstLine(Path.of("/sys/fs/cgroup/cpu.max"))
                .map(l -> l.startsWith("max") ? "none" : l.replace(' ', '/'));
        if (v2.isPresent()) {
            return v2.get();
        }
        Optional<String> quota = firstLine(Path.of("/sys/fs/cgroup/cpu/cpu.cfs_quota_us"));
        Optional<String> period = firstLine(Path.of("/sys/fs/cgroup/cpu/cpu.cfs_period_us"));
        if (quota.isEmpty() || period.isEmpty()) {
            return "unknown";
        }
        return quota.get().startsWith("-") ? "none" : quota.get() + "/" + period.get();
    }

    /**
     * @param field a key of {@code /proc/meminfo}, such as {@code MemTotal}
     * @return its value in bytes, or -1 when unknown
     */
    public static long memInfoBytes(String field) {
        return lines(PROC.resolve("meminfo")).stream()
                .filter(l -> l.startsWith(field + ":"))
                .map(l -> l.substring(field.length() + 1).strip().split("\\s+")[0])
                .mapToLong(kib -> Long.parseLong(kib) * 1024)
                .findFirst()
                .orElse(-1);
    }

    /** @return usable bytes in /dev/shm, where par4j's shared memory lives, or -1 when absent */
    public static long shmFreeBytes() {
        try {
            return Files.getFileStore(SHM).getUsableSpace();
        } catch (IOException e) {
            return -1;
        }
    }

    /** @return total bytes of /dev/shm, or -1 when absent */
    public static long shmTotalBytes() {
        try {
            return Files.getFileStore(SHM).getTotalSpace();
        } catch (IOException e) {
            return -1;
        }
    }

    /** @return one line for a benchmark header: CPUs, model, load */
    public static String summaryLine() {
        return usableCpus() + " usable CPUs (" + cpuModel() + "), Java " + Runtime.version()
                + ", load average " + loadAverage();
    }

    /**
     * @param bytes a size in bytes, or negative for unknown
     * @return it in GiB with one decimal, or "unknown"
     */
    public static String gib(long bytes) {
        return bytes < 0 ? "unknown" : String.format("%.1f GiB", bytes / (double) (1L << 30));
    }

    private static Optional<String> statusField(String key) {
        return lines(PROC.resolve("self/status")).stream()
                .filter(l -> l.startsWith(key + ":"))
                .map(l -> l.substring(key.length() + 1).strip())
                .findFirst();
    }

    private static Optional<String> firstLine(Path file) {
        return lines(file).stream().findFirst();
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            return List.of();
        }
    }
}
