package org.par4j.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a benchmark run produced: a title, notes saying what the figures time, the table printed for
 * people, and the figures written as JSON for tools. Load averages before and after are kept because
 * these machines are shared and noisy.
 *
 * @param bench the benchmark's name
 * @param title a one-line description
 * @param notes lines printed under the title: settings, what a sample times
 * @param settings the run's parameters, for the JSON
 * @param table the human-readable figures
 * @param figures the machine-readable figures
 * @param loadBefore the load average when the run started
 * @param loadAfter the load average when it ended
 */
public record BenchReport(String bench, String title, List<String> notes, Map<String, Object> settings,
        TextTable table, List<Figure> figures, String loadBefore, String loadAfter) {

    /** Copies. */
    public BenchReport {
        notes = List.copyOf(notes);
        settings = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(settings));
        figures = List.copyOf(figures);
    }

    /**
     * @param name a figure's case name
     * @return the figure
     * @throws IllegalArgumentException if there is none of that name
     */
    public Figure figure(String name) {
        return figures.stream().filter(f -> f.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no figure named '" + name + "'"));
    }

    /** @param out where the header and table are printed */
    public void print(PrintWriter out) {
        out.println("# par4j bench " + bench + ": " + title);
        out.println("# " + HostInfo.summaryLine());
        notes.forEach(n -> out.println("# " + n));
        out.println("# load average before: " + loadBefore + ", after: " + loadAfter);
        table.print(out);
    }

    /**
     * Writes the report as one JSON object.
     *
     * @param file the file, replaced if present
     * @throws IOException if it cannot be written
     */
    public void writeJson(Path file) throws IOException {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("bench", bench);
        root.put("title", title);
        root.put("time", Instant.now().toString());
        root.put("host", host());
        root.put("loadAverageBefore", loadBefore);
        root.put("loadAverageAfter", loadAfter);
        root.put("settings", settings);
        root.put("notes", notes);
        List<Object> list = new ArrayList<>();
        for (Figure f : figures) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("bench", f.bench());
            m.put("case", f.name());
            m.put("unit", f.unit());
            m.put("median", f.summary().median());
            m.put("min", f.summary().min());
            m.put("max", f.summary().max());
            m.put("mean", f.summary().mean());
            m.put("n", f.summary().count());
            m.putAll(f.percentiles());
            list.add(m);
        }
        root.put("figures", list);
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, Json.write(root));
    }

    private static Map<String, Object> host() {
        Map<String, Object> host = new LinkedHashMap<>();
        host.put("usableCpus", HostInfo.usableCpus());
        host.put("cpuModel", HostInfo.cpuModel());
        host.put("java", Runtime.version().toString());
        host.put("javaVendor", System.getProperty("java.vendor"));
        host.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        return host;
    }
}
