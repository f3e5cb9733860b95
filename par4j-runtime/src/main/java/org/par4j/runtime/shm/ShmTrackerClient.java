package org.par4j.runtime.shm;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.par4j.Par4jException;
import org.par4j.runtime.spawn.JvmCommand;

/**
 * This process's connection to the segment tracker ({@link ShmTrackerMain}): a tiny JVM, started lazily
 * on the first segment this process creates, that unlinks every segment once all the processes that
 * registered for it have exited, even by {@code kill -9} (cf. CPython's {@code resource_tracker}).
 *
 * <p>The tracker reads lines from a pipe on its standard input. The process that starts it holds the
 * pipe's write end; any other process opens {@code /proc/<tracker pid>/fd/0} for writing, learning
 * the tracker from the header of the first segment it attaches. When every writer has exited the
 * pipe reports end-of-file and the tracker unlinks whatever is left and exits, so segments never
 * outlive the program. Lines are shorter than {@code PIPE_BUF}, so writes from many processes never
 * interleave.
 *
 * <p>Thread-safe: all state is guarded by the class lock; registration is rare (once per segment).
 */
final class ShmTrackerClient {
    /** The tracker this process registers the segments it creates with. */
    private static ShmTrackerClient own;
    /** Segments this process has registered and not yet unlinked, to re-register with a new tracker. */
    private static final java.util.Set<String> REGISTERED = new java.util.LinkedHashSet<>();
    /** Every tracker this process has a write end of, by tracker identity. */
    private static final Map<ProcessIdentity, ShmTrackerClient> CONNECTED = new HashMap<>();

    private final ProcessIdentity tracker;
    private final OutputStream out;
    /** Set when a write failed: the tracker is gone; guarded by the class lock. */
    private boolean broken;

    private ShmTrackerClient(ProcessIdentity tracker, OutputStream out) {
        this.tracker = tracker;
        this.out = out;
    }

    /** @return the tracker segments created by this process are registered with, started if needed */
    static synchronized ShmTrackerClient forCreate() {
        if (own == null || own.broken) {
            own = start();
            CONNECTED.put(own.tracker, own);
        }
        return own;
    }

    /**
     * Registers a segment about to be created with this process's tracker, starting a new tracker
     * once if the current one is gone.
     *
     * @param fileName the segment's file name
     * @return the tracker it is registered with
     */
    static synchronized ShmTrackerClient registerNew(String fileName) {
        ShmTrackerClient client = forCreate();
        try {
            client.register(fileName);
        } catch (Par4jException e) {
            // The tracker died (killed by hand?): a new one takes over everything this process uses.
            client = forCreate();
            for (String name : REGISTERED) {
                client.register(name);
            }
            client.register(fileName);
        }
        return client;
    }

    /**
     * @param segmentTracker the tracker named in an attached segment's header
     * @return a connection to it, or to this process's own tracker if that one is gone
     */
    static synchronized ShmTrackerClient forAttach(ProcessIdentity segmentTracker) {
        ShmTrackerClient client = CONNECTED.get(segmentTracker);
        if (client != null) {
            return client;
        }
        if (segmentTracker.isAlive() && isTracker(segmentTracker.pid())) {
            try {
                client = new ShmTrackerClient(segmentTracker,
                        new FileOutputStream("/proc/" + segmentTracker.pid() + "/fd/0"));
                CONNECTED.put(segmentTracker, client);
                if (own == null) {
                    own = client;
                }
                return client;
            } catch (IOException e) {
                // it exited meanwhile: fall through to our own tracker
            }
        }
        return forCreate();
    }

    /** @return true if that process runs {@link ShmTrackerMain}: never write into another's stdin */
    private static boolean isTracker(long pid) {
        try {
            byte[] cmdline = Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline"));
            return new String(cmdline, StandardCharsets.US_ASCII).contains(ShmTrackerMain.class.getName());
        } catch (IOException e) {
            return false;
        }
    }

    /** Tells every connected tracker to stop watching a segment that was unlinked. */
    static synchronized void forgetEverywhere(String fileName) {
        for (ShmTrackerClient c : new ArrayList<>(CONNECTED.values())) {
            c.forget(fileName);
        }
    }

    /** @return the tracker's identity */
    ProcessIdentity trackerIdentity() {
        return tracker;
    }

    /** @param fileName a segment this process has mapped or is about to create */
    void register(String fileName) {
        ProcessIdentity me = ProcessIdentity.current();
        send("R " + me.pid() + " " + me.startTicks() + " " + fileName + "\n");
        synchronized (ShmTrackerClient.class) {
            REGISTERED.add(fileName);
        }
    }

    /** @param fileName a segment that was unlinked or never created */
    void forget(String fileName) {
        synchronized (ShmTrackerClient.class) {
            REGISTERED.remove(fileName);
        }
        send("U " + fileName + "\n");
    }

    private void send(String line) {
        synchronized (ShmTrackerClient.class) {
            try {
                out.write(line.getBytes(StandardCharsets.US_ASCII));
                out.flush();
            } catch (IOException e) {
                broken = true;
                CONNECTED.remove(tracker);
                throw new Par4jException("the shared-memory tracker (" + tracker + ") is gone: " + e.getMessage(), e);
            }
        }
    }

    private static ShmTrackerClient start() {
        List<String> cmd = new ArrayList<>();
        if (Files.isExecutable(Path.of("/usr/bin/setsid"))) {
            cmd.add("/usr/bin/setsid");   // its own session: a Ctrl-C meant for the program does not kill it
        }
        cmd.add(JvmCommand.javaBinary().toString());
        cmd.addAll(List.of("-XX:+UseSerialGC", "-Xms2m", "-Xmx24m", "-Xss512k", "-XX:TieredStopAtLevel=1",
                "-XX:CICompilerCount=1", "-XX:-UsePerfData", "-Xshare:auto",
                "-D" + ShmProperties.DIR + "=" + ShmProperties.dir(),
                "-D" + ShmProperties.TRACKER_POLL_MILLIS + "=" + ShmProperties.trackerPollMillis(),
                "-cp", ownClassPath(), ShmTrackerMain.class.getName()));
        try {
            Process p = new ProcessBuilder(cmd)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            ProcessIdentity id = ProcessIdentity.of(p.pid());
            return new ShmTrackerClient(id, p.getOutputStream());
        } catch (IOException e) {
            throw new Par4jException("cannot start the shared-memory tracker: " + e.getMessage(), e);
        }
    }

    /** @return where this class was loaded from: the tracker needs nothing else */
    private static String ownClassPath() {
        try {
            var source = ShmTrackerClient.class.getProtectionDomain().getCodeSource();
            if (source != null) {
                return new File(source.getLocation().toURI()).getPath();
            }
        } catch (URISyntaxException | SecurityException e) {
            // fall back to the class path below
        }
        return JvmCommand.classPath();
    }
}
