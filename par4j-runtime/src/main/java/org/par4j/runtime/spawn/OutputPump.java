package org.par4j.runtime.spawn;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Copies one output stream of a child to this JVM's {@code System.out} or {@code System.err}, whole
 * lines at a time under one lock shared by every pump, so lines of different children never
 * interleave mid-line. Keeps the last {@link #LAST_WORDS} lines for error messages.
 *
 * <p>One platform daemon thread per stream; it ends at the child's end of file.
 */
public final class OutputPump {
    /** Lines of standard error kept per worker for {@link org.par4j.WorkerDiedException}. */
    public static final int LAST_WORDS = 20;
    /** A line longer than this is passed on in pieces rather than held in memory. */
    private static final int MAX_LINE = 1 << 20;
    private static final Object LOCK = new Object();

    private final Thread thread;
    private final ArrayDeque<String> last = new ArrayDeque<>();
    private final boolean keepLast;

    private OutputPump(String name, InputStream in, Supplier<PrintStream> target, boolean keepLast) {
        this.keepLast = keepLast;
        this.thread = Thread.ofPlatform().daemon().name(name).stackSize(256 * 1024)
                .unstarted(() -> pump(in, target));
    }

    /**
     * @param name the thread's name
     * @param in the child's stream
     * @param target where lines go, looked up per line (tests may swap {@code System.out})
     * @param keepLast true to remember the last lines
     * @return a started pump
     */
    public static OutputPump start(String name, InputStream in, Supplier<PrintStream> target, boolean keepLast) {
        OutputPump pump = new OutputPump(name, in, target, keepLast);
        pump.thread.start();
        return pump;
    }

    /**
     * @param timeoutMillis how long to wait at most
     * @return true if the stream reached its end and everything was passed on
     * @throws InterruptedException if interrupted
     */
    public boolean await(long timeoutMillis) throws InterruptedException {
        return thread.join(java.time.Duration.ofMillis(Math.max(1, timeoutMillis)));
    }

    /** @return the last lines seen, oldest first */
    public List<String> lastLines() {
        synchronized (last) {
            return new ArrayList<>(last);
        }
    }

    private void pump(InputStream in, Supplier<PrintStream> target) {
        byte[] line = new byte[8192];
        int len = 0;
        byte[] buf = new byte[8192];
        try (in) {
            int n;
            while ((n = in.read(buf)) > 0) {
                int from = 0;
                for (int i = 0; i < n; i++) {
                    if (buf[i] == '\n' || len + (i - from) >= MAX_LINE) {
                        int upto = buf[i] == '\n' ? i + 1 : i;
                        line = append(line, len, buf, from, upto - from);
                        len += upto - from;
                        emit(line, len, target);
                        len = 0;
                        from = upto;
                    }
                }
                line = append(line, len, buf, from, n - from);
                len += n - from;
            }
        } catch (IOException e) {
            // the child's end closed abruptly: pass on what we have
        }
        if (len > 0) {
            line = append(line, len, new byte[] {'\n'}, 0, 1);
            emit(line, len + 1, target);
        }
    }

    private static byte[] append(byte[] line, int len, byte[] src, int from, int count) {
        if (len + count > line.length) {
            line = Arrays.copyOf(line, Math.max(line.length * 2, len + count));
        }
        System.arraycopy(src, from, line, len, count);
        return line;
    }

    private void emit(byte[] line, int len, Supplier<PrintStream> target) {
        synchronized (LOCK) {
            PrintStream out = target.get();
            out.write(line, 0, len);
            out.flush();
        }
        if (keepLast) {
            int end = len;
            while (end > 0 && (line[end - 1] == '\n' || line[end - 1] == '\r')) {
                end--;
            }
            String text = new String(line, 0, end, StandardCharsets.UTF_8);
            synchronized (last) {
                if (last.size() == LAST_WORDS) {
                    last.removeFirst();
                }
                last.addLast(text);
            }
        }
    }

    /**
     * Waits for a group of pumps.
     *
     * @param pumps the pumps
     * @param timeoutMillis how long to wait for all of them
     * @return true if all finished
     * @throws InterruptedException if interrupted
     */
    public static boolean awaitAll(List<OutputPump> pumps, long timeoutMillis) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        for (OutputPump p : pumps) {
            long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
            if (!p.await(left)) {
                return false;
            }
        }
        return true;
    }
}
