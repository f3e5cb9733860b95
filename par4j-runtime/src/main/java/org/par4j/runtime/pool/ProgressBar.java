package org.par4j.runtime.pool;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.par4j.PoolOptions;

/**
 * One line on standard error, redrawn with a carriage return at most ten times a second:
 * {@code name [#######.....] 700/1000  2,345/s  ETA 0:00:01}. Thread-safe: chunks complete on
 * many threads. Ends with a newline when the call finishes.
 */
public final class ProgressBar {
    private static final int WIDTH = 30;
    private static final long REDRAW_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

    private final String name;
    private final long total;
    private final Supplier<PrintStream> out;
    private final long startNanos = System.nanoTime();
    private long done;
    private long lastDraw;
    private boolean finished;

    /**
     * @param name the label
     * @param total the number of items, or -1 when not known (imap)
     * @param out where to draw
     */
    public ProgressBar(String name, long total, Supplier<PrintStream> out) {
        this.name = name;
        this.total = total;
        this.out = out;
    }

    /**
     * @param mode the pool's option
     * @param name the label
     * @param total the number of items, or -1 when not known
     * @return a bar, or null when none is to be shown
     */
    public static ProgressBar of(PoolOptions.Progress mode, String name, long total) {
        boolean show = switch (mode) {
            case ON -> true;
            case OFF -> false;
            case AUTO -> stderrIsTerminal();
        };
        return show ? new ProgressBar(name, total, () -> System.err) : null;
    }

    /** @return true if this JVM's standard error is a terminal (Linux: fd 2 links to a tty) */
    static boolean stderrIsTerminal() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (java.io.IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null;
        }
    }

    /** @param items how many more items are done */
    public synchronized void advance(long items) {
        done += items;
        long now = System.nanoTime();
        if (!finished && now - lastDraw >= REDRAW_NANOS) {
            lastDraw = now;
            draw(now, false);
        }
    }

    /** Draws the final state and ends the line; later calls do nothing. */
    public synchronized void finish() {
        if (!finished) {
            finished = true;
            draw(System.nanoTime(), true);
        }
    }

    /** @return the line as it would be drawn now, without the carriage return */
    synchronized String line() {
        return render(System.nanoTime());
    }

    private void draw(long now, boolean last) {
        PrintStream s = out.get();
        s.print("\r" + render(now) + (last ? "\n" : ""));
        s.flush();
    }

    private String render(long now) {
        double seconds = Math.max(1e-9, (now - startNanos) / 1e9);
        double rate = done / seconds;
        StringBuilder sb = new StringBuilder(name).append(' ');
        if (total > 0) {
            int filled = (int) Math.min(WIDTH, WIDTH * done / total);
            sb.append('[').append("#".repeat(filled)).append(".".repeat(WIDTH - filled)).append("] ");
            sb.append(done).append('/').append(total);
        } else {
            sb.append(done);
        }
        sb.append(String.format("  %,.0f/s", rate));
        if (total > 0 && rate > 0) {
            sb.append("  ETA ").append(clock((long) ((total - done) / rate)));
        }
        return sb.toString();
    }

    private static String clock(long seconds) {
        return String.format("%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
    }
}
