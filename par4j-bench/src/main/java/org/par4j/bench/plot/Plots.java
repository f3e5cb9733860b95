package org.par4j.bench.plot;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.par4j.bench.fit.AmdahlModel;
import org.par4j.bench.fit.TransferModel;

/** The course's plots: time and bandwidth against message size, speedup against cores, collectives. */
public final class Plots {
    private Plots() {
    }

    /**
     * Time and bandwidth against message size, log-log, measured points and the fitted
     * T(s) = mu + s/B: writes {@code base-time} and {@code base-bandwidth} as PNG and SVG.
     *
     * @param title what was measured, for the chart titles
     * @param bytes message sizes
     * @param seconds one-way times
     * @param fit the fitted model
     * @param base file path without extension
     * @return the files written
     */
    public static List<Path> transfer(String title, double[] bytes, double[] seconds, TransferModel fit, Path base) {
        double[] fitted = new double[bytes.length];
        double[] bw = new double[bytes.length];
        double[] fittedBw = new double[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            fitted[i] = fit.seconds(bytes[i]);
            bw[i] = bytes[i] / seconds[i] / 1e9;
            fittedBw[i] = fit.effectiveBandwidth(bytes[i]) / 1e9;
        }
        String model = String.format(java.util.Locale.ROOT, "fit: mu = %.3g us, B = %.3g GB/s",
                fit.latencySeconds() * 1e6, fit.bytesPerSecond() / 1e9);
        List<Path> files = new ArrayList<>();
        files.addAll(new Chart(title + ": one-way time", "message size (bytes)", "time (s)").logX().logY()
                .points("measured", bytes, seconds).line(model, bytes, fitted).write(Path.of(base + "-time")));
        files.addAll(new Chart(title + ": bandwidth", "message size (bytes)", "bandwidth (GB/s)").logX().logY()
                .points("measured", bytes, bw).line(model, bytes, fittedBw).write(Path.of(base + "-bandwidth")));
        return files;
    }

    /**
     * Speedup against workers with the ideal line and the Amdahl fit; time against workers.
     * Writes {@code base-speedup} and {@code base-time}.
     *
     * @param title what was scaled
     * @param workers worker counts
     * @param seconds run time at each count
     * @param fit the Amdahl fit
     * @param base file path without extension
     * @return the files written
     */
    public static List<Path> scaling(String title, double[] workers, double[] seconds, AmdahlModel fit, Path base) {
        double t1 = seconds[0] * workers[0];   // the one-worker time, extrapolated if p=1 was not run
        for (int i = 0; i < workers.length; i++) {
            if (workers[i] == 1) {
                t1 = seconds[i];
            }
        }
        double[] speedup = new double[workers.length];
        double[] amdahl = new double[workers.length];
        for (int i = 0; i < workers.length; i++) {
            speedup[i] = t1 / seconds[i];
            amdahl[i] = fit.speedup(workers[i]);
        }
        String law = String.format(java.util.Locale.ROOT, "Amdahl fit: serial fraction %.3f", fit.serialFraction());
        List<Path> files = new ArrayList<>();
        files.addAll(new Chart(title + ": speedup", "workers", "speedup").points("measured", workers, speedup)
                .line("ideal", workers, workers).line(law, workers, amdahl).write(Path.of(base + "-speedup")));
        files.addAll(new Chart(title + ": run time", "workers", "time (s)").points("measured", workers, seconds)
                .write(Path.of(base + "-time")));
        return files;
    }

    /**
     * Latency against message size, one line per collective, log-log.
     *
     * @param title what was measured
     * @param bytes message sizes
     * @param secondsByCollective for each collective's name, its latency at each size (NaN: not measured)
     * @param base file path without extension
     * @return the files written
     */
    public static List<Path> collectives(String title, double[] bytes, Map<String, double[]> secondsByCollective,
            Path base) {
        Chart chart = new Chart(title, "message size (bytes)", "latency (s)").logX().logY();
        secondsByCollective.forEach((name, seconds) -> chart.points(name, bytes, seconds));
        return chart.write(base);
    }
}
