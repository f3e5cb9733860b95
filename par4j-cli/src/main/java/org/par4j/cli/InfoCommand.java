package org.par4j.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.par4j.bench.HostInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code par4j info}: what par4j runs on: its version, the JDK, the OS, the CPUs it may use (cgroup
 * quota and affinity mask taken into account), memory, free space in /dev/shm, and the load.
 */
@Command(name = "info", mixinStandardHelpOptions = true, versionProvider = Par4jVersion.class,
        description = "Show par4j's version, the JDK, CPUs, memory and /dev/shm space.")
public final class InfoCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Runtime rt = Runtime.getRuntime();
        line(out, "par4j", Par4jVersion.version());
        line(out, "JDK", Runtime.version() + " (" + System.getProperty("java.vendor") + ") in "
                + System.getProperty("java.home"));
        line(out, "OS", System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch"));
        line(out, "CPU", HostInfo.cpuModel());
        line(out, "CPUs", HostInfo.usableCpus() + " usable (online " + HostInfo.onlineCpus() + ", affinity "
                + HostInfo.affinity() + ", cgroup quota " + HostInfo.cgroupCpuQuota() + ")");
        line(out, "memory", HostInfo.gib(HostInfo.memInfoBytes("MemTotal")) + " total, "
                + HostInfo.gib(HostInfo.memInfoBytes("MemAvailable")) + " available; JVM max heap "
                + HostInfo.gib(rt.maxMemory()));
        line(out, "/dev/shm", HostInfo.gib(HostInfo.shmFreeBytes()) + " free of "
                + HostInfo.gib(HostInfo.shmTotalBytes()));
        line(out, "load", HostInfo.loadAverage() + " (1, 5, 15 min)");
        out.flush();
        return 0;
    }

    private static void line(PrintWriter out, String key, String value) {
        out.printf("%-9s %s%n", key, value);
    }
}
