package org.par4j.bench.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.XYChart;
import org.par4j.bench.fit.AmdahlModel;
import org.par4j.bench.fit.TransferModel;

class PlotsTest {
    @TempDir
    Path dir;

    @Test
    void shouldDrawLogLogAxesWithMeasuredPointsAndFit() {
        XYChart chart = new Chart("pp", "message size (bytes)", "time (s)").logX().logY()
                .points("measured", new double[] {1, 1024}, new double[] {1e-6, 2e-6})
                .line("fit", new double[] {1, 1024}, new double[] {1e-6, 2e-6}).toXChart();
        assertThat(chart.getXAxisTitle()).isEqualTo("message size (bytes)");
        assertThat(chart.getYAxisTitle()).isEqualTo("time (s)");
        assertThat(chart.getStyler().isXAxisLogarithmic()).isTrue();
        assertThat(chart.getStyler().isYAxisLogarithmic()).isTrue();
        assertThat(chart.getSeriesCollection()).extracting(s -> s.getName()).containsExactly("measured", "fit");
    }

    @Test
    void shouldWriteTransferPlotsAsPngAndSvg() throws IOException {
        double[] s = {1, 1024, 1 << 20, 1 << 26};
        TransferModel fit = new TransferModel(0.5e-6, 8e9);
        double[] t = new double[s.length];
        for (int i = 0; i < s.length; i++) {
            t[i] = fit.seconds(s[i]);
        }
        List<Path> files = Plots.transfer("shm ping-pong", s, t, fit, dir.resolve("pp"));
        assertThat(files).extracting(p -> p.getFileName().toString())
                .containsExactly("pp-time.png", "pp-time.svg", "pp-bandwidth.png", "pp-bandwidth.svg");
        assertDrawn(files.get(0));
        assertDrawn(files.get(2));
        assertThat(Files.readString(files.get(1)).startsWith("<?xml")).isTrue();
        assertThat(Files.readString(files.get(1)).contains("<svg")).isTrue();
    }

    @Test
    void shouldLeaveOutWhatALogAxisCannotShowSuchAsAFitWithNegativeLatency() throws IOException {
        double[] s = {1, 1024, 1 << 20, 1 << 26};
        double[] t = {1e-7, 2e-7, 4e-5, 2.5e-3};
        TransferModel fit = new TransferModel(-0.4e-6, 29e9); // below zero at 1 B and 1 KiB
        List<Path> files = Plots.transfer("shm ping-pong", s, t, fit, dir.resolve("neg"));
        assertDrawn(files.get(0));
        XYChart chart = new Chart("t", "x", "y").logX().logY().points("measured", s, t)
                .line("fit", s, new double[] {-1, -0.5, 1e-5, 2e-3}).line("nothing", s, new double[] {0, 0, 0, 0})
                .toXChart();
        assertThat(chart.getSeriesCollection()).extracting(x -> x.getName()).containsExactly("measured", "fit");
        assertThat(chart.getSeriesCollection()).filteredOn(x -> x.getName().equals("fit"))
                .singleElement().satisfies(line -> assertThat(line.getXData()).hasSize(2));
    }

    @Test
    void shouldWriteScalingAndCollectivesPlots() throws IOException {
        List<Path> scaling = Plots.scaling("pi", new double[] {1, 2, 4}, new double[] {4, 2.1, 1.2},
                new AmdahlModel(0.05, 4), dir.resolve("pi"));
        assertThat(scaling).hasSize(4);
        assertDrawn(scaling.get(0));
        List<Path> coll = Plots.collectives("collectives", new double[] {8, 8192},
                Map.of("bcast", new double[] {1e-6, 4e-6}, "allreduce", new double[] {2e-6, 9e-6}), dir.resolve("c"));
        assertDrawn(coll.get(0));
    }

    @Test
    void shouldRefuseAnEmptyChart() {
        assertThatThrownBy(() -> new Chart("empty", "x", "y").write(dir.resolve("e")))
                .hasMessageContaining("has no data");
    }

    /** A real picture: the expected size and more than a handful of colours (axes, text, series). */
    private static void assertDrawn(Path png) throws IOException {
        BufferedImage img = ImageIO.read(png.toFile());
        assertThat(img.getWidth()).isEqualTo(900);
        assertThat(img.getHeight()).isEqualTo(560);
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < img.getHeight(); y += 3) {
            for (int x = 0; x < img.getWidth(); x += 3) {
                colours.add(img.getRGB(x, y));
            }
        }
        assertThat(colours.size()).isGreaterThan(10);
    }
}
