package org.par4j.bench.scaling;

import java.util.List;
import java.util.Locale;
import org.par4j.bench.fit.AmdahlFit;
import org.par4j.bench.fit.AmdahlModel;

/**
 * The course's scaling table — cores, run time, speedup, efficiency — with a fit of Amdahl's law
 * (strong scaling) or Gustafson's scaled speedup (weak scaling).
 *
 * <p>Speedup is T(1) / T(p) for strong scaling and the scaled speedup p T(1) / T(p) for weak scaling
 * (p times the work in the time T(p)); efficiency is speedup / p. T(1) is the median at one worker;
 * when one worker was not run, the Amdahl fit's (strong) or the smallest count's time (weak).
 *
 * @param what what was run, for the title
 * @param includes what each time includes, for example "whole command, JVM start-up included"
 * @param mode strong or weak
 * @param points the measurements, by increasing worker count
 */
public record ScalingReport(String what, String includes, ScalingMode mode, List<ScalingPoint> points) {

    /** Copies the points and checks there are at least two worker counts. */
    public ScalingReport {
        points = List.copyOf(points);
        if (points.size() < 2) {
            throw new IllegalArgumentException("scaling needs at least two worker counts, got " + points.size());
        }
    }

    /**
     * @return for strong scaling, Amdahl's law fitted to the times; for weak scaling, the serial
     *     fraction f that best explains the scaled speedups by Gustafson's law S = p - f (p - 1)
     */
    public AmdahlModel fit() {
        double[] p = points.stream().mapToDouble(ScalingPoint::workers).toArray();
        double[] t = points.stream().mapToDouble(ScalingPoint::median).toArray();
        if (mode == ScalingMode.STRONG) {
            return AmdahlFit.fit(p, t);
        }
        double t1 = oneWorkerSeconds();
        double num = 0;
        double den = 0;
        for (int i = 0; i < p.length; i++) {   // least squares of p - S = f (p - 1)
            double scaled = p[i] * t1 / t[i];
            num += (p[i] - scaled) * (p[i] - 1);
            den += (p[i] - 1) * (p[i] - 1);
        }
        double f = den == 0 ? 0 : Math.min(1, Math.max(0, num / den));
        return new AmdahlModel(f, t1);
    }

    /** @return the time at one worker: measured if run, else the fitted one */
    public double oneWorkerSeconds() {
        return points.stream().filter(pt -> pt.workers() == 1).findFirst().map(ScalingPoint::median)
                .orElseGet(() -> mode == ScalingMode.STRONG ? fit().oneWorkerSeconds() : points.getFirst().median());
    }

    /**
     * @param point one measurement
     * @return its speedup over one worker
     */
    public double speedup(ScalingPoint point) {
        double s = oneWorkerSeconds() / point.median();
        return mode == ScalingMode.WEAK ? s * point.workers() : s;
    }

    /**
     * @param point one measurement
     * @return its parallel efficiency, speedup / workers
     */
    public double efficiency(ScalingPoint point) {
        return speedup(point) / point.workers();
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "# %s scaling of %s%n# each time: %s; median of %d run(s)%n",
                mode == ScalingMode.STRONG ? "Strong" : "Weak", what, includes, points.getFirst().seconds().length));
        sb.append(String.format(Locale.ROOT, "%7s %12s %12s %12s %9s %11s%n",
                "cores", "time (s)", "min (s)", "max (s)", "speedup", "efficiency"));
        for (ScalingPoint pt : points) {
            sb.append(String.format(Locale.ROOT, "%7d %12.4f %12.4f %12.4f %9.2f %10.1f%%%n", pt.workers(),
                    pt.median(), pt.min(), pt.max(), speedup(pt), 100 * efficiency(pt)));
        }
        AmdahlModel fit = fit();
        if (mode == ScalingMode.STRONG) {
            sb.append(String.format(Locale.ROOT, "Amdahl fit: serial fraction f = %.4f, speedup limit 1/f = %s%n",
                    fit.serialFraction(), limit(fit)));
        } else {
            int p = points.getLast().workers();
            sb.append(String.format(Locale.ROOT,
                    "Gustafson: serial fraction f = %.4f, scaled speedup at %d workers p - f(p-1) = %.2f%n",
                    fit.serialFraction(), p, fit.scaledSpeedup(p)));
        }
        return sb.toString();
    }

    private static String limit(AmdahlModel fit) {
        double l = fit.speedupLimit();
        return Double.isInfinite(l) ? "unbounded (no serial part measurable)" : String.format(Locale.ROOT, "%.1f", l);
    }
}
