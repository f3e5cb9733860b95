package org.par4j.runtime.shm;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The segment tracker process (see {@link ShmTrackerClient}). Protocol, one ASCII line each on stdin:
 * <pre>
 *   R &lt;pid&gt; &lt;startTicks&gt; &lt;file name&gt;   process pid uses the segment
 *   U &lt;file name&gt;                         the segment was unlinked: stop watching it
 * </pre>
 * Every {@code par4j.shm.trackerPollMillis} it unlinks each segment none of whose registered users is
 * alive; at end-of-file (every writer gone) it unlinks all it still watches and exits. On start it
 * also sweeps stale segments left by earlier programs ({@link StaleSegmentJanitor}).
 */
public final class ShmTrackerMain {
    /** Never a line: readLine strips line ends. */
    private static final String EOF = "\n";

    private final Path dir;
    private final Map<String, Set<ProcessIdentity>> users = new HashMap<>();

    private ShmTrackerMain(Path dir) {
        this.dir = dir;
    }

    /**
     * @param args none
     * @throws InterruptedException never in practice
     */
    public static void main(String[] args) throws InterruptedException {
        Path dir = ShmProperties.dir();
        StaleSegmentJanitor.sweep(dir, ProcessIdentity.current());
        new ShmTrackerMain(dir).run();
    }

    private void run() throws InterruptedException {
        LinkedBlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> readLines(lines), "stdin-reader");
        reader.setDaemon(true);
        reader.start();
        long poll = TimeUnit.MILLISECONDS.toNanos(ShmProperties.trackerPollMillis());
        long nextSweep = System.nanoTime() + poll;
        while (true) {
            String line = lines.poll(Math.max(0, nextSweep - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (EOF.equals(line)) {
                users.keySet().forEach(this::unlink);
                return;
            }
            if (line != null) {
                apply(line);
                while ((line = lines.peek()) != null && !EOF.equals(line)) {
                    apply(lines.poll());
                }
            }
            if (System.nanoTime() - nextSweep >= 0) {
                unlinkUnused();
                nextSweep = System.nanoTime() + poll;
            }
        }
    }

    private static void readLines(LinkedBlockingQueue<String> lines) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.US_ASCII))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lines.add(line);
            }
        } catch (IOException e) {
            // treated as end-of-file: nobody can reach us any more
        }
        lines.add(EOF);
    }

    private void apply(String line) {
        String[] f = line.split(" ");
        if (f.length == 4 && f[0].equals("R") && f[3].startsWith(ShmProperties.PREFIX)) {
            users.computeIfAbsent(f[3], k -> new HashSet<>())
                    .add(new ProcessIdentity(Long.parseLong(f[1]), Long.parseLong(f[2])));
        } else if (f.length == 2 && f[0].equals("U")) {
            users.remove(f[1]);
        }
    }

    private void unlinkUnused() {
        // many segments share a few processes: look each process up once per sweep
        Map<ProcessIdentity, Boolean> alive = new HashMap<>();
        for (Iterator<Map.Entry<String, Set<ProcessIdentity>>> it = users.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<String, Set<ProcessIdentity>> e = it.next();
            e.getValue().removeIf(p -> !alive.computeIfAbsent(p, ProcessIdentity::isAlive));
            if (e.getValue().isEmpty()) {
                unlink(e.getKey());
                it.remove();
            }
        }
    }

    private void unlink(String fileName) {
        try {
            Files.deleteIfExists(dir.resolve(fileName));
        } catch (IOException e) {
            // nothing more a tracker can do; the janitor of a later program retries
        }
    }
}
