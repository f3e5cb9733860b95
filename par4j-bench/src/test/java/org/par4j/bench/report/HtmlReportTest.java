package org.par4j.bench.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.par4j.bench.fit.TransferModel;
import org.par4j.bench.plot.Plots;

class HtmlReportTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @TempDir
    Path dir;

    private Path sampleReport() throws IOException {
        double[] s = {1, 1024, 1 << 20};
        TransferModel m = new TransferModel(1e-6, 5e9);
        double[] t = {m.seconds(1), m.seconds(1024), m.seconds(1 << 20)};
        Plots.transfer("pingpong", s, t, m, dir.resolve("pingpong"));
        Files.writeString(dir.resolve("pingpong.txt"), "# size  latency(us)\n1  1.00 <fast>\n");
        return HtmlReport.write(dir);
    }

    @Test
    void shouldEmbedTablesPlotsAndMachine() throws IOException {
        String html = Files.readString(sampleReport());
        assertThat(html).contains("<h2>Machine</h2>").contains("usable CPUs").contains("JDK")
                .contains("1  1.00 &lt;fast&gt;").contains("data-plots-total=\"2\"")
                .contains("data:image/png;base64,");
        assertThat(html).doesNotContain("src=\"pingpong");   // self-contained: no links to other files
    }

    @Test
    void shouldRefuseAFolderWithoutResults() {
        assertThatThrownBy(() -> HtmlReport.write(dir)).hasMessageContaining("no bench results");
    }

    /** Renders the page in headless Chromium: every plot must decode, and the screenshot must show them. */
    @Test
    void shouldRenderEveryPlotInHeadlessChromium() throws Exception {
        boolean ci = System.getenv("CI") != null;
        Assumptions.assumeTrue(ci || Files.isExecutable(CHROMIUM), "chromium not installed (CI installs it)");
        Path index = sampleReport();
        String dom = chromium("--dump-dom", index.toUri().toString());
        assertThat(dom).contains("data-plots-total=\"2\"").contains("data-plots-loaded=\"2\"");
        Path shot = dir.resolve("shot.png");
        chromium("--screenshot=" + shot, "--window-size=1000,1600", index.toUri().toString());
        BufferedImage img = ImageIO.read(shot.toFile());
        assertThat(img.getWidth()).isEqualTo(1000);
        // the first plot's blue measured points are on the page
        long blue = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y);
                if ((rgb & 0xff) > 200 && (rgb >> 16 & 0xff) < 80) {
                    blue++;
                }
            }
        }
        assertThat(blue).isGreaterThan(50);
    }

    private String chromium(String... args) throws Exception {
        List<String> cmd = new java.util.ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--user-data-dir=" + dir.resolve("profile"),
                "--virtual-time-budget=5000"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("chromium finished").isTrue();
        return new String(out, StandardCharsets.UTF_8);
    }
}
