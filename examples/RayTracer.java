import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.par4j.Pool;
import org.par4j.mpi.Comm;

/**
 * Ray tracing, the course's embarrassingly parallel showcase: spheres and a checkered plane, hard
 * shadows, mirror reflections and anti-aliasing, rendered serially, with a thread pool and with a
 * process pool (its start included, then again on the running pool). Rows cost different amounts (mirrors are expensive), so rows are handed out in small
 * blocks, first come first served ({@code imapUnordered}): dynamic load balancing. Every mode must
 * produce the same pixels; the program checks it and prints the times.
 *
 * <pre>
 * bin/par4j run examples/RayTracer.java                      # 1920x1080, 4 samples, 2 workers
 * bin/par4j run examples/RayTracer.java 640 360 4 2 /tmp/rt  # width height samples workers outdir
 * bin/par4j run -n 2 examples/RayTracer.java 640 360 4       # on 2 MPI-style ranks
 * </pre>
 *
 * Under {@code par4j run -n N} the blocks of rows are dealt out round-robin to the ranks (rank r takes
 * blocks r, r + N, r + 2N, ...: the expensive rows spread evenly) and gathered on rank 0. Every mode
 * prints a checksum of the pixels, so runs in different modes can be compared.
 */
public final class RayTracer {
    private static final int ROWS_PER_TASK = 8;
    private static final int MAX_DEPTH = 5;

    private RayTracer() {
    }

    public static void main(String[] args) throws IOException {
        Comm world = Comm.world();
        if (world.size() > 1) {
            renderWithRanks(world, args);
            return;
        }
        int width = args.length > 0 ? Integer.parseInt(args[0]) : 1920;
        int height = args.length > 1 ? Integer.parseInt(args[1]) : 1080;
        int samples = args.length > 2 ? Integer.parseInt(args[2]) : 4;
        int workers = args.length > 3 ? Integer.parseInt(args[3]) : 2;
        File outDir = new File(args.length > 4 ? args[4] : ".");
        outDir.mkdirs();
        System.out.printf(Locale.ROOT, "Ray tracing %dx%d, %d samples per pixel, %d workers%n",
                width, height, samples, workers);

        renderRows(width / 4, height / 4, samples, 0, height / 4);   // warm up the JIT, untimed, for a fair serial time
        long t0 = System.nanoTime();
        int[] serial = renderRows(width, height, samples, 0, height);
        double tSerial = seconds(t0);
        report("serial", tSerial, tSerial);

        t0 = System.nanoTime();
        int[] threads;
        try (Pool pool = Pool.threads(workers)) {
            threads = renderWithPool(pool, width, height, samples);
        }
        report("thread pool", seconds(t0), tSerial);

        t0 = System.nanoTime();
        int[] processes;
        int[] again;
        try (Pool pool = Pool.processes(workers)) {
            processes = renderWithPool(pool, width, height, samples);
            report("process pool", seconds(t0), tSerial);
            long t1 = System.nanoTime();
            again = renderWithPool(pool, width, height, samples);
            report("process pool, running and warmed up", seconds(t1), tSerial);
        }

        boolean same = Arrays.equals(serial, threads) && Arrays.equals(serial, processes) && Arrays.equals(serial, again);
        System.out.println(same ? "all modes produced identical pixels" : "MISMATCH between modes");
        System.out.printf("pixels checksum %08x%n", checksum(serial));
        File png = new File(outDir, "raytracer.png");
        writePng(serial, width, height, png);
        System.out.println("wrote " + png.getPath());
        if (!same) {
            System.exit(1);
        }
    }

    /** Hands out blocks of rows first come first served and puts them back in place. */
    static int[] renderWithPool(Pool pool, int width, int height, int samples) {
        List<Integer> starts = IntStream.iterate(0, y -> y < height, y -> y + ROWS_PER_TASK).boxed().toList();
        Iterator<int[]> blocks = pool.imapUnordered(y0 -> {
            int y1 = Math.min(y0 + ROWS_PER_TASK, height);
            int[] rows = renderRows(width, height, samples, y0, y1);
            int[] tagged = Arrays.copyOf(rows, rows.length + 1);
            tagged[rows.length] = y0;   // where the block goes
            return tagged;
        }, starts.iterator(), 1);
        int[] image = new int[width * height];
        while (blocks.hasNext()) {
            int[] tagged = blocks.next();
            int y0 = tagged[tagged.length - 1];
            System.arraycopy(tagged, 0, image, y0 * width, tagged.length - 1);
        }
        return image;
    }

    /** Rank r renders blocks r, r + size, ...; rank 0 gathers them, writes the picture and prints the time. */
    static void renderWithRanks(Comm world, String[] args) throws IOException {
        int width = args.length > 0 ? Integer.parseInt(args[0]) : 1920;
        int height = args.length > 1 ? Integer.parseInt(args[1]) : 1080;
        int samples = args.length > 2 ? Integer.parseInt(args[2]) : 4;
        world.barrier();
        long t0 = System.nanoTime();
        List<int[]> mine = new java.util.ArrayList<>();
        for (int y0 = world.rank() * ROWS_PER_TASK; y0 < height; y0 += world.size() * ROWS_PER_TASK) {
            int[] rows = renderRows(width, height, samples, y0, Math.min(y0 + ROWS_PER_TASK, height));
            int[] tagged = Arrays.copyOf(rows, rows.length + 1);
            tagged[rows.length] = y0;
            mine.add(tagged);
        }
        List<List<int[]>> all = world.gather(mine, 0);
        if (world.rank() == 0) {
            int[] image = new int[width * height];
            for (List<int[]> blocks : all) {
                for (int[] tagged : blocks) {
                    System.arraycopy(tagged, 0, image, tagged[tagged.length - 1] * width, tagged.length - 1);
                }
            }
            System.out.printf(Locale.ROOT, "Ray tracing %dx%d, %d samples per pixel, %d ranks%n", width, height,
                    samples, world.size());
            System.out.printf(Locale.ROOT, "%-37s %7.3f s%n", world.size() + " ranks", seconds(t0));
            System.out.printf("pixels checksum %08x%n", checksum(image));
            File outDir = new File(args.length > 3 ? args[3] : ".");
            outDir.mkdirs();
            writePng(image, width, height, new File(outDir, "raytracer.png"));
        }
    }

    static long checksum(int[] rgb) {
        CRC32 crc = new CRC32();
        for (int p : rgb) {
            crc.update(p);
            crc.update(p >>> 8);
            crc.update(p >>> 16);
        }
        return crc.getValue();
    }

    static void report(String mode, double t, double tSerial) {
        System.out.printf(Locale.ROOT, "%-37s %7.3f s   speedup %5.2f%n", mode, t, tSerial / t);
    }

    static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    static void writePng(int[] rgb, int width, int height, File file) throws IOException {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        img.setRGB(0, 0, width, height, rgb, 0, width);
        ImageIO.write(img, "png", file);
    }

    // ---- the renderer: pure functions of (pixel, scene), so every mode gives the same bits ----

    record V(double x, double y, double z) {
        V plus(V o) {
            return new V(x + o.x, y + o.y, z + o.z);
        }

        V minus(V o) {
            return new V(x - o.x, y - o.y, z - o.z);
        }

        V times(double s) {
            return new V(x * s, y * s, z * s);
        }

        double dot(V o) {
            return x * o.x + y * o.y + z * o.z;
        }

        V unit() {
            return times(1 / Math.sqrt(dot(this)));
        }
    }

    record Sphere(V center, double radius, V color, double mirror) {
    }

    record Hit(double t, V point, V normal, V color, double mirror) {
    }

    static final List<Sphere> SPHERES = List.of(
            new Sphere(new V(0, 1, 6), 1, new V(0.9, 0.2, 0.2), 0.3),
            new Sphere(new V(-2.2, 0.8, 7.5), 0.8, new V(0.2, 0.9, 0.3), 0.0),
            new Sphere(new V(2.1, 1.2, 7), 1.2, new V(0.95, 0.95, 0.95), 0.85),
            new Sphere(new V(-0.8, 0.4, 4.2), 0.4, new V(0.2, 0.4, 0.95), 0.5),
            new Sphere(new V(1.0, 0.3, 4.0), 0.3, new V(0.95, 0.8, 0.2), 0.0));
    static final V LIGHT = new V(-5, 8, -2);
    static final V EYE = new V(0, 1.3, -1);
    static final V SKY = new V(0.55, 0.7, 0.95);

    /** Renders rows {@code [y0, y1)} as packed RGB, row after row. */
    static int[] renderRows(int width, int height, int samples, int y0, int y1) {
        int grid = (int) Math.ceil(Math.sqrt(samples));
        int[] out = new int[(y1 - y0) * width];
        double aspect = (double) width / height;
        for (int y = y0; y < y1; y++) {
            for (int x = 0; x < width; x++) {
                V sum = new V(0, 0, 0);
                for (int s = 0; s < samples; s++) {
                    double sx = (x + (s % grid + 0.5) / grid) / width;
                    double sy = (y + (s / grid + 0.5) / grid) / height;
                    V dir = new V((2 * sx - 1) * aspect, 1 - 2 * sy, 1.6).unit();
                    sum = sum.plus(trace(EYE, dir, 0));
                }
                out[(y - y0) * width + x] = pack(sum.times(1.0 / samples));
            }
        }
        return out;
    }

    static V trace(V origin, V dir, int depth) {
        Hit hit = nearest(origin, dir);
        if (hit == null) {
            return SKY.times(1 - 0.4 * Math.max(0, dir.y()));
        }
        V toLight = LIGHT.minus(hit.point()).unit();
        boolean shadow = nearest(hit.point().plus(hit.normal().times(1e-6)), toLight) != null;
        double diffuse = shadow ? 0 : Math.max(0, hit.normal().dot(toLight));
        V local = hit.color().times(0.12 + 0.88 * diffuse);
        if (hit.mirror() > 0 && depth < MAX_DEPTH) {
            V reflected = dir.minus(hit.normal().times(2 * dir.dot(hit.normal()))).unit();
            V bounce = trace(hit.point().plus(hit.normal().times(1e-6)), reflected, depth + 1);
            return local.times(1 - hit.mirror()).plus(bounce.times(hit.mirror()));
        }
        return local;
    }

    static Hit nearest(V origin, V dir) {
        Hit best = null;
        for (Sphere s : SPHERES) {
            V oc = origin.minus(s.center());
            double b = oc.dot(dir);
            double disc = b * b - oc.dot(oc) + s.radius() * s.radius();
            if (disc > 0) {
                double t = -b - Math.sqrt(disc);
                if (t > 1e-9 && (best == null || t < best.t())) {
                    V p = origin.plus(dir.times(t));
                    best = new Hit(t, p, p.minus(s.center()).times(1 / s.radius()), s.color(), s.mirror());
                }
            }
        }
        if (dir.y() < -1e-9) {   // the floor, y = 0, a checkerboard
            double t = -origin.y() / dir.y();
            if (t > 1e-9 && (best == null || t < best.t())) {
                V p = origin.plus(dir.times(t));
                boolean dark = ((int) Math.floor(p.x()) + (int) Math.floor(p.z())) % 2 == 0;
                V color = dark ? new V(0.15, 0.15, 0.15) : new V(0.9, 0.9, 0.85);
                best = new Hit(t, p, new V(0, 1, 0), color, 0.15);
            }
        }
        return best;
    }

    static int pack(V c) {
        return channel(c.x()) << 16 | channel(c.y()) << 8 | channel(c.z());
    }

    static int channel(double v) {
        return (int) Math.round(255 * Math.min(1, Math.max(0, StrictMath.pow(v, 1 / 2.2))));
    }
}
