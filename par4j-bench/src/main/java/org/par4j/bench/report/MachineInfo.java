package org.par4j.bench.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What a figure was measured on: CPU, cores, memory, OS, JDK, par4j version and the load. */
public final class MachineInfo {
    private MachineInfo() {
    }

    /** @return ordered name/value pairs describing this machine now */
    public static Map<String, String> describe() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("CPU", firstValue(Path.of("/proc/cpuinfo"), "model name").orElse(System.getProperty("os.arch")));
        m.put("usable CPUs", Integer.toString(Runtime.getRuntime().availableProcessors()));
        m.put("memory", firstValue(Path.of("/proc/meminfo"), "MemTotal").orElse("unknown"));
        m.put("OS", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        m.put("JDK", System.getProperty("java.vm.vendor") + " " + System.getProperty("java.runtime.version"));
        m.put("par4j", version());
        m.put("load average", read(Path.of("/proc/loadavg")).map(s -> String.join(" ",
                List.of(s.trim().split(" ")).subList(0, 3))).orElse("unknown"));
        return m;
    }

    /** @return par4j's version from the jar manifest, or "development build" when run from classes */
    public static String version() {
        String v = MachineInfo.class.getPackage().getImplementationVersion();
        return v == null ? "development build" : v;
    }

    private static Optional<String> firstValue(Path file, String key) {
        return read(file).flatMap(text -> text.lines().filter(l -> l.startsWith(key)).findFirst())
                .map(l -> l.substring(l.indexOf(':') + 1).trim());
    }

    private static Optional<String> read(Path file) {
        try {
            return Optional.of(Files.readString(file));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
