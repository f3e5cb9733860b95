package org.par4j.bench.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.par4j.bench.HostInfo;

/**
 * {@code par4j bench report DIR}: one self-contained HTML page with every table ({@code *.txt}) and
 * plot ({@code *.png}, embedded) that the bench commands wrote into DIR, and the machine they ran on.
 * The page counts its plots as they load and says so at the top if one did not.
 */
public final class HtmlReport {
    private HtmlReport() {
    }

    /**
     * @param dir a folder of bench results
     * @return the page written, {@code dir/index.html}
     * @throws IllegalArgumentException if the folder has no tables and no plots
     */
    public static Path write(Path dir) {
        List<Path> tables = files(dir, ".txt");
        List<Path> plots = files(dir, ".png");
        if (tables.isEmpty() && plots.isEmpty()) {
            throw new IllegalArgumentException("no bench results (*.txt tables, *.png plots) in " + dir
                    + ": run par4j bench ... --out " + dir + " first");
        }
        StringBuilder html = new StringBuilder(64 * 1024);
        html.append("""
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>par4j bench report</title>
                <style>
                body { font-family: sans-serif; margin: 2em auto; max-width: 980px; color: #222; }
                pre { background: #f6f6f6; padding: 1em; overflow-x: auto; font-size: 13px; }
                img { max-width: 100%; border: 1px solid #ddd; margin: 0.5em 0; }
                table.machine td { padding: 2px 12px 2px 0; }
                #missing { display: none; background: #fdd; padding: 0.5em; }
                </style></head>
                <body data-plots-total="PLOTS" data-plots-loaded="0">
                <h1>par4j bench report</h1>
                <p id="missing">Some plots did not load.</p>
                """.replace("PLOTS", Integer.toString(plots.size())));
        html.append("<p>Written ").append(escape(ZonedDateTime.now().format(DateTimeFormatter.RFC_1123_DATE_TIME)))
                .append(" from <code>").append(escape(dir.toAbsolutePath().toString())).append("</code>.</p>\n");
        html.append("<h2>Machine</h2>\n<table class=\"machine\">\n");
        for (Map.Entry<String, String> e : machine().entrySet()) {
            html.append("<tr><td>").append(escape(e.getKey())).append("</td><td>").append(escape(e.getValue()))
                    .append("</td></tr>\n");
        }
        html.append("</table>\n");
        for (Path t : tables) {
            html.append("<h2>").append(escape(title(t))).append("</h2>\n<pre>").append(escape(read(t)))
                    .append("</pre>\n");
        }
        if (!plots.isEmpty()) {
            html.append("<h2>Plots</h2>\n");
        }
        for (Path p : plots) {
            html.append("<h3>").append(escape(title(p))).append("</h3>\n<img class=\"plot\" alt=\"")
                    .append(escape(title(p))).append("\" src=\"data:image/png;base64,").append(base64(p))
                    .append("\">\n");
        }
        html.append("""
                <script>
                // Count plots that decoded, so a reader (or a test in a headless browser) sees a broken one.
                window.addEventListener('load', () => {
                  const plots = [...document.querySelectorAll('img.plot')];
                  const ok = plots.filter(i => i.complete && i.naturalWidth > 0).length;
                  document.body.dataset.plotsLoaded = ok;
                  if (ok < plots.length) document.getElementById('missing').style.display = 'block';
                });
                </script>
                </body></html>
                """);
        Path index = dir.resolve("index.html");
        try {
            Files.writeString(index, html);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + index, e);
        }
        return index;
    }

    /** @return what the figures were measured on, in the order shown */
    static Map<String, String> machine() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("CPU", HostInfo.cpuModel());
        m.put("usable CPUs", Integer.toString(HostInfo.usableCpus()));
        m.put("memory", HostInfo.gib(HostInfo.memInfoBytes("MemTotal")));
        m.put("OS", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        m.put("JDK", System.getProperty("java.vm.vendor") + " " + System.getProperty("java.runtime.version"));
        String version = HtmlReport.class.getPackage().getImplementationVersion();
        m.put("par4j", version == null ? "development build" : version);
        m.put("load average", HostInfo.loadAverage());
        return m;
    }

    private static List<Path> files(Path dir, String suffix) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bench results in " + dir, e);
        }
    }

    private static String title(Path p) {
        String name = p.getFileName().toString();
        return name.substring(0, name.lastIndexOf('.')).replace('-', ' ');
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + p, e);
        }
    }

    private static String base64(Path p) {
        try {
            return Base64.getEncoder().encodeToString(Files.readAllBytes(p));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + p, e);
        }
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
