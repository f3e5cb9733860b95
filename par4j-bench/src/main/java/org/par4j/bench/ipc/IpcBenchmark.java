package org.par4j.bench.ipc;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.HdrHistogram.Histogram;
import org.par4j.Lock;
import org.par4j.ManagedValue;
import org.par4j.Manager;
import org.par4j.SharedLong;
import org.par4j.bench.BenchReport;
import org.par4j.bench.Figure;
import org.par4j.bench.HostInfo;
import org.par4j.bench.Summary;
import org.par4j.bench.TextTable;
import org.par4j.bench.fit.TransferFit;
import org.par4j.bench.fit.TransferModel;
import org.par4j.bench.plot.Plots;

/**
 * {@code par4j bench ipc}: ping-pong between this JVM and a child JVM through a {@link org.par4j.Pipe}
 * (bytes, and objects) and through a pair of {@link org.par4j.Queue}s, as the Python and MPI peers
 * ({@code ../shared/peers} items 3 and 4) do it. One-way time is half a round trip.
 * <ul>
 *   <li>latency: 8-byte messages, every round trip timed on its own (HdrHistogram: median and
 *       percentiles), after a warm-up;</li>
 *   <li>bandwidth: sizes 1 B to 64 MiB (powers of 4), {@code max(3, min(2000, round trips, 256 MiB /
 *       size))} round trips per sample, median of the samples; size / one-way time in GB/s (10^9 bytes/s); the
 *       buffers are allocated and touched once, and each size is warmed up, before timing;</li>
 *   <li>a {@link Manager}'s cost next to shared memory: a manager queue ping-pong, {@code value.get()}
 *       and lock+unlock round trips against {@code SharedLong.get()} and a shared-memory {@code Lock};</li>
 *   <li>the fit T(s) = mu + s/B by relative least squares over the sizes, and with an output
 *       folder, the time and bandwidth plots.</li>
 * </ul>
 */
public final class IpcBenchmark {
    /** The name in reports and JSON. */
    public static final String BENCH = "ipc";
    private static final int MAX_SIZE = 64 << 20;

    /**
     * What to run.
     *
     * @param latencyRoundTrips timed 8-byte round trips per transport (as many tenths again as warm-up)
     * @param repetitions samples per size in the bandwidth sweep
     * @param maxSize largest message of the sweep (a power of 4 from 1 is the last size at or under it)
     * @param sizeWarmUpMillis how long each size of the sweep runs untimed first
     * @param plotBase where to write the plots ({@code base-pipe-time.png}...), or null for none
     */
    public record Settings(int latencyRoundTrips, int repetitions, int maxSize, int sizeWarmUpMillis, Path plotBase) {
        /** Checks. */
        public Settings {
            if (latencyRoundTrips < 1 || repetitions < 1 || maxSize < 4 || maxSize > MAX_SIZE || sizeWarmUpMillis < 0) {
                throw new IllegalArgumentException("need round trips and repetitions >= 1, 4 <= maxSize <= "
                        + MAX_SIZE + " and a warm-up >= 0; got " + latencyRoundTrips + ", " + repetitions + ", "
                        + maxSize + ", " + sizeWarmUpMillis);
            }
        }
    }

    private final Settings settings;
    private final TextTable table = new TextTable("case", "size", "median", "min", "max", "unit", "GB/s", "p99");
    private final List<Figure> figures = new ArrayList<>();
    private final List<String> fits = new ArrayList<>();

    private IpcBenchmark(Settings settings) {
        this.settings = settings;
    }

    /**
     * @param s what to run
     * @return the figures
     * @throws Exception if a child fails
     */
    public static BenchReport run(Settings s) throws Exception {
        return new IpcBenchmark(s).measure();
    }

    private BenchReport measure() throws Exception {
        String loadBefore = HostInfo.loadAverage();
        int[] sizes = sizes(settings.maxSize());
        measure(() -> EchoPeer.PipeBytes.start(settings.maxSize()), sizes, "pipe");
        measure(EchoPeer.PipeObjects::start, new int[0], null);
        measure(EchoPeer.QueuePair::start, sizes, "queue");
        managerCosts();
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("latencyRoundTrips", settings.latencyRoundTrips());
        s.put("repetitions", settings.repetitions());
        s.put("sizes", Arrays.stream(sizes).boxed().toList());
        List<String> notes = new ArrayList<>(List.of(
                "one-way = half a round trip between this JVM and a child JVM that echoes; 8-byte latency: "
                        + settings.latencyRoundTrips() + " round trips each timed (HdrHistogram)",
                "bandwidth: size / one-way time, 1 GB/s = 10^9 B/s; median of " + settings.repetitions()
                        + " samples of max(3, min(2000, " + settings.latencyRoundTrips()
                        + ", 256 MiB / size)) round trips; buffers reused"));
        notes.addAll(fits);
        return new BenchReport(BENCH, "Pipe and Queue ping-pong between two processes", notes, s, table, figures,
                loadBefore, HostInfo.loadAverage());
    }

    /** A manager's round trips next to the shared-memory structures that do the same job. */
    private void managerCosts() throws Exception {
        try (Manager manager = Manager.start()) {
            measure(() -> EchoPeer.QueuePair.startOn(manager), new int[0], null);
            ManagedValue<Long> value = manager.value(1L);
            SharedLong shared = SharedLong.createRaw(1);
            Lock managed = manager.lock();
            Lock local = Lock.create();
            callCost("Manager value.get() round trip", 1, value::get);
            callCost("SharedLong.get() (shared memory)", 10_000, shared::get);
            callCost("Manager Lock lock+unlock", 1, () -> {
                managed.lock();
                managed.unlock();
            });
            callCost("shared-memory Lock lock+unlock, uncontended", 10_000, () -> {
                local.lock();
                local.unlock();
            });
        }
    }

    private void callCost(String name, int batch, Runnable call) {
        int samples = Math.max(200, settings.latencyRoundTrips() / 10 / batch);
        for (int i = 0; i < samples * batch / 10 + 100; i++) {
            call.run();
        }
        double[] nanos = new double[samples];
        for (int s = 0; s < samples; s++) {
            long t0 = System.nanoTime();
            for (int i = 0; i < batch; i++) {
                call.run();
            }
            nanos[s] = (System.nanoTime() - t0) / (double) batch;
        }
        Summary s = Summary.of(nanos).scaled(1e-3);
        figures.add(new Figure(BENCH, name, "us", s));
        table.row(name, "-", TextTable.number(s.median()), TextTable.number(s.min()), TextTable.number(s.max()),
                "us/call", "-", "-");
    }

    private void measure(Supplier<EchoPeer> start, int[] sizes, String plotName) throws Exception {
        try (EchoPeer peer = start.get()) {
            latency(peer);
            if (sizes.length > 0) {
                sweep(peer, sizes, plotName);
            }
        }
    }

    private void latency(EchoPeer peer) {
        byte[] msg = new byte[8];
        // Warm up for a count and at least a second: both JVMs' JIT must be done before timing.
        long warmEnd = System.nanoTime() + 1_000_000_000L;
        for (int i = 0; i < Math.max(1000, settings.latencyRoundTrips() / 10) || System.nanoTime() < warmEnd; i++) {
            peer.roundTrip(msg, 8);
        }
        Histogram h = new Histogram(3);
        double[] micros = new double[settings.latencyRoundTrips()];
        for (int i = 0; i < micros.length; i++) {
            long t0 = System.nanoTime();
            peer.roundTrip(msg, 8);
            long oneWay = (System.nanoTime() - t0) / 2;
            h.recordValue(oneWay);
            micros[i] = oneWay / 1e3;
        }
        Map<String, Double> pct = new LinkedHashMap<>();
        for (double p : new double[] {50, 90, 99, 99.9}) {
            pct.put(p == Math.rint(p) ? "p" + (int) p : "p" + p, h.getValueAtPercentile(p) / 1e3);
        }
        Summary s = Summary.of(micros);
        String name = peer.name() + " latency 8B one-way";
        figures.add(new Figure(BENCH, name, "us", s, pct));
        table.row(name, "8 B", TextTable.number(s.median()), TextTable.number(s.min()), TextTable.number(s.max()),
                "us", "-", TextTable.number(pct.get("p99")));
    }

    private void sweep(EchoPeer peer, int[] sizes, String plotName) {
        double[] bytes = new double[sizes.length];
        double[] seconds = new double[sizes.length];
        for (int k = 0; k < sizes.length; k++) {
            int size = sizes[k];
            byte[] msg = new byte[size];
            Arrays.fill(msg, (byte) 'x');
            int trips = (int) Math.max(3, Math.min(Math.min(2000, settings.latencyRoundTrips()), (256L << 20) / size));
            warmUp(peer, msg, size, trips, settings.sizeWarmUpMillis() * 1_000_000L);
            double[] oneWayMicros = new double[settings.repetitions()];
            for (int r = 0; r < oneWayMicros.length; r++) {
                long t0 = System.nanoTime();
                for (int i = 0; i < trips; i++) {
                    peer.roundTrip(msg, size);
                }
                oneWayMicros[r] = (System.nanoTime() - t0) / 1e3 / (2.0 * trips);
            }
            Summary s = Summary.of(oneWayMicros);
            bytes[k] = size;
            seconds[k] = s.median() / 1e6;
            double gbs = size / (s.median() * 1e3);
            String name = peer.name() + " one-way " + label(size);
            figures.add(new Figure(BENCH, name, "us", s));
            figures.add(new Figure(BENCH, peer.name() + " bandwidth " + label(size), "GB/s",
                    Summary.of(Arrays.stream(oneWayMicros).map(us -> size / (us * 1e3)).toArray())));
            table.row(peer.name() + " one-way", label(size), TextTable.number(s.median()), TextTable.number(s.min()),
                    TextTable.number(s.max()), "us", TextTable.number(gbs), "-");
        }
        TransferModel fit = TransferFit.relative(bytes, seconds);
        fits.add(String.format(java.util.Locale.ROOT, "%s: fit T(s) = mu + s/B with mu = %.3f us, B = %.2f GB/s",
                peer.name(), fit.latencySeconds() * 1e6, fit.bytesPerSecond() / 1e9));
        if (settings.plotBase() != null) {
            Path base = settings.plotBase().resolveSibling(settings.plotBase().getFileName() + "-" + plotName);
            Plots.transfer(peer.name() + " ping-pong", bytes, seconds, fit, base);
        }
    }

    /**
     * Round trips of one size, untimed, for a time and at least one sample's worth. With two round
     * trips of warm-up a Queue of 1 MiB read 110-130 us one-way; it settles at 45-60 us after about
     * half a second (large arrays take a path of their own, compiled only once it runs, and with both
     * JVMs spinning on 2 cores the JIT's threads are short of CPU).
     */
    private static void warmUp(EchoPeer peer, byte[] msg, int size, int trips, long nanos) {
        long end = System.nanoTime() + nanos;
        for (int i = 0; i < trips || System.nanoTime() < end; i++) {
            peer.roundTrip(msg, size);
        }
    }

    /**
     * @param max the largest size
     * @return 1, 4, 16, ... up to {@code max}
     */
    static int[] sizes(int max) {
        List<Integer> out = new ArrayList<>();
        for (long s = 1; s <= max; s *= 4) {
            out.add((int) s);
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    static String label(int size) {
        if (size >= 1 << 20) {
            return (size >> 20) + " MiB";
        }
        return size >= 1024 ? (size >> 10) + " KiB" : size + " B";
    }
}
