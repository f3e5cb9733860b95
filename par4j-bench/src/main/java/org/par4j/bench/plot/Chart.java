package org.par4j.bench.plot;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.ChartEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * One x-y chart of measured points and model lines, written as PNG and SVG with XChart.
 *
 * <pre>{@code
 * new Chart("Ping-pong", "message size (bytes)", "time (s)").logX().logY()
 *         .points("measured", sizes, times).line("fit T(s) = mu + s/B", sizes, fitted)
 *         .write(Path.of("results/pingpong-time"));    // pingpong-time.png and .svg
 * }</pre>
 */
public final class Chart {
    private final String title;
    private final String xTitle;
    private final String yTitle;
    private boolean logX;
    private boolean logY;
    private final List<Series> series = new ArrayList<>();

    private record Series(String name, double[] x, double[] y, boolean points) {
    }

    /**
     * @param title the chart's title
     * @param xTitle the x axis title, with its unit
     * @param yTitle the y axis title, with its unit
     */
    public Chart(String title, String xTitle, String yTitle) {
        this.title = title;
        this.xTitle = xTitle;
        this.yTitle = yTitle;
    }

    /** @return this chart, with a logarithmic x axis */
    public Chart logX() {
        logX = true;
        return this;
    }

    /** @return this chart, with a logarithmic y axis */
    public Chart logY() {
        logY = true;
        return this;
    }

    /**
     * @param name legend entry
     * @param x x values
     * @param y y values
     * @return this chart, with measured points drawn as markers
     */
    public Chart points(String name, double[] x, double[] y) {
        series.add(new Series(name, x.clone(), y.clone(), true));
        return this;
    }

    /**
     * @param name legend entry
     * @param x x values
     * @param y y values
     * @return this chart, with a model or reference drawn as a line
     */
    public Chart line(String name, double[] x, double[] y) {
        series.add(new Series(name, x.clone(), y.clone(), false));
        return this;
    }

    /**
     * A log axis cannot show zero or less: such points are left out. A fit T(s) = mu + s/B with a
     * negative mu (the relative-error fit can give one) is below zero at the smallest sizes.
     */
    private Series drawable(Series s) {
        int n = 0;
        double[] x = new double[s.x().length];
        double[] y = new double[s.y().length];
        for (int i = 0; i < x.length; i++) {
            if ((!logX || s.x()[i] > 0) && (!logY || s.y()[i] > 0)) {
                x[n] = s.x()[i];
                y[n++] = s.y()[i];
            }
        }
        return new Series(s.name(), java.util.Arrays.copyOf(x, n), java.util.Arrays.copyOf(y, n), s.points());
    }

    /** @return the XChart chart, for callers that render it themselves */
    public XYChart toXChart() {
        XYChart chart = new XYChartBuilder().width(900).height(560).title(title)
                .xAxisTitle(xTitle).yAxisTitle(yTitle).build();
        chart.getStyler().setXAxisLogarithmic(logX).setYAxisLogarithmic(logY)
                .setLegendPosition(Styler.LegendPosition.InsideNW).setMarkerSize(7);
        for (Series all : series) {
            Series s = drawable(all);
            if (s.x().length == 0) {
                continue;
            }
            XYSeries xy = chart.addSeries(s.name(), s.x(), s.y());
            if (s.points()) {
                xy.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
            } else {
                xy.setMarker(SeriesMarkers.NONE);
            }
        }
        return chart;
    }

    /**
     * Writes {@code base.png} and {@code base.svg}.
     *
     * @param base the file path without extension; its folder is created
     * @return the two files written, PNG first
     */
    public List<Path> write(Path base) {
        if (series.isEmpty()) {
            throw new IllegalStateException("chart '" + title + "' has no data");
        }
        System.setProperty("java.awt.headless", "true");
        XYChart chart = toXChart();
        try {
            Path dir = base.toAbsolutePath().getParent();
            if (dir != null) {
                Files.createDirectories(dir);
            }
            try (OutputStream png = Files.newOutputStream(Path.of(base + ".png"))) {
                ChartEncoder.saveChart(chart, png, "png");
            }
            try (OutputStream svg = Files.newOutputStream(Path.of(base + ".svg"))) {
                ChartEncoder.saveChart(chart, svg, "svg");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write plot " + base, e);
        }
        return List.of(Path.of(base + ".png"), Path.of(base + ".svg"));
    }
}
