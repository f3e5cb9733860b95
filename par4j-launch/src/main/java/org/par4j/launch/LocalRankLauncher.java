package org.par4j.launch;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.par4j.runtime.spawn.JvmCommand;
import org.par4j.transport.JobKey;
import org.par4j.transport.rendezvous.RendezvousProtocol;
import org.par4j.transport.shm.ShmRingFiles;

/**
 * Starts N rank JVMs on this host (this JVM's {@code java}, the job's class path plus par4j's), runs the
 * rendezvous they register with, forwards their output line by line, and returns the job's exit status.
 *
 * <p>Failure handling: when a rank exits non-zero (an uncaught exception, {@code System.exit(3)}, a
 * signal) or aborts, the launcher tells the other ranks (their waits on it fail at once), asks them to
 * stop, kills whatever is left after {@code par4j.launch.stopGraceMillis} (2000 ms), prints which rank
 * failed and why (its exit status and last lines of standard error) and returns non-zero. SIGINT or
 * SIGTERM on the launcher kills every rank. Ranks keep a control connection to the launcher and halt
 * when it closes, so they die with the launcher even when it is killed with -9. Ring files in
 * {@code /dev/shm} are unlinked by the ranks once mapped, and swept here at the end.
 *
 * <pre>{@code
 * // java -cp ... org.par4j.launch.LocalRankLauncher -n 4 --tag-output -cp app.jar Hello arg1
 * int status = new LocalRankLauncher().launch(RankJob.of(4, "app.jar", "Hello"));
 * }</pre>
 *
 * States of a job: STARTING (ranks registering) -> RUNNING -> STOPPING (a rank failed or aborted, or a
 * signal: others told, then killed after the grace period) -> ENDED (all processes reaped, files swept).
 */
public final class LocalRankLauncher implements RankLauncher {
    /** System property: milliseconds between asking ranks to stop and killing them. */
    public static final String STOP_GRACE_PROPERTY = "par4j.launch.stopGraceMillis";
    private static final List<String> RANK_FLAGS = List.of("--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow");
    private static final int LAST_WORDS = 12;

    @Override
    public String name() {
        return "local";
    }

    @Override
    public int launch(RankJob job) {
        String jobId = HexFormat.of().formatHex(JobKey.nonce(6));
        JobKey key = JobKey.random();
        Job state = new Job(job);
        Thread hook = new Thread(() -> state.killAll(), "par4j-launcher-signal");
        Runtime.getRuntime().addShutdownHook(hook);
        try (RendezvousServer rendezvous = new RendezvousServer(job.n(), key, state::aborted)) {
            state.rendezvous = rendezvous;
            List<Integer> cpus = CpuSets.forRanks(job.n());
            for (int r = 0; r < job.n(); r++) {
                state.start(r, command(job), env(job, r, jobId, key, rendezvous.address(), cpus));
            }
            state.awaitEnd();
        } finally {
            state.killAll();
            ShmRingFiles.unlinkJob(jobId);
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // the JVM is already shutting down (signal): the hook does the killing
            }
        }
        return state.report();
    }

    private static List<String> command(RankJob job) {
        List<String> cmd = new ArrayList<>();
        cmd.add(JvmCommand.javaBinary().toString());
        cmd.addAll(RANK_FLAGS);
        cmd.addAll(JvmCommand.selectorProviderFlag(job.jvmArgs()));
        cmd.addAll(job.jvmArgs());
        String ours = JvmCommand.classPath();
        cmd.add("-cp");
        cmd.add(job.classPath().isEmpty() ? ours : job.classPath() + File.pathSeparator + ours);
        cmd.add(job.mainClass());
        cmd.addAll(job.args());
        return cmd;
    }

    private static Map<String, String> env(RankJob job, int rank, String jobId, JobKey key, String address, List<Integer> cpus) {
        Map<String, String> env = new java.util.HashMap<>(Map.of(RendezvousProtocol.ENV_ADDRESS, address,
                RendezvousProtocol.ENV_RANK, Integer.toString(rank), RendezvousProtocol.ENV_SIZE, Integer.toString(job.n()),
                RendezvousProtocol.ENV_JOB_ID, jobId, RendezvousProtocol.ENV_TRANSPORT, job.transport(), JobKey.ENV, key.hex()));
        if (!cpus.isEmpty()) {
            env.put(RendezvousProtocol.ENV_CPU, Integer.toString(cpus.get(rank)));
        }
        return env;
    }

    /** The processes of one job and what became of them. */
    private static final class Job {
        private final RankJob job;
        private final java.lang.Process[] procs;
        private final List<Deque<String>> lastWords = new ArrayList<>();
        private final CountDownLatch ended;
        private final List<Thread> pumps = new ArrayList<>();
        RendezvousServer rendezvous;
        private String failure;
        private int status;
        private boolean stopping;

        Job(RankJob job) {
            this.job = job;
            this.procs = new java.lang.Process[job.n()];
            this.ended = new CountDownLatch(job.n());
            for (int i = 0; i < job.n(); i++) {
                lastWords.add(new ArrayDeque<>());
            }
        }

        void start(int rank, List<String> cmd, Map<String, String> env) {
            ProcessBuilder pb = new ProcessBuilder(cmd);
            pb.environment().putAll(env);
            try {
                java.lang.Process p = pb.start();
                procs[rank] = p;
                p.getOutputStream().close();
                pumps.add(pump(rank, p.getInputStream(), job.out(), false));
                pumps.add(pump(rank, p.getErrorStream(), job.err(), true));
                p.onExit().thenAccept(x -> exited(rank, x.exitValue()));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start rank " + rank + ": " + cmd.get(0), e);
            }
        }

        private Thread pump(int rank, InputStream in, PrintStream to, boolean keep) {
            Thread t = new Thread(() -> {
                try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                    for (String line; (line = r.readLine()) != null; ) {
                        if (keep) {
                            Deque<String> d = lastWords.get(rank);
                            synchronized (d) {
                                d.addLast(line);
                                if (d.size() > LAST_WORDS) {
                                    d.removeFirst();
                                }
                            }
                        }
                        synchronized (to) {
                            to.println(job.tagOutput() ? "[" + rank + "] " + line : line);
                        }
                    }
                } catch (IOException e) {
                    // the rank's pipe closed
                }
            }, "par4j-output-" + rank);
            t.setDaemon(true);
            t.start();
            return t;
        }

        private void exited(int rank, int code) {
            if (code == 0) {
                rendezvous.broadcast("GONE " + rank + " finished (exit status 0)");
            } else {
                String why;
                synchronized (this) {
                    why = "rank " + rank + " (pid " + procs[rank].pid() + ") failed with exit status " + code + describe(code);
                    if (failure == null) {
                        failure = why;
                        status = code;
                    }
                }
                rendezvous.broadcast("GONE " + rank + " died: exit status " + code);
                stop(failure);
            }
            ended.countDown();
        }

        void aborted(int code, String why) {
            synchronized (this) {
                if (failure == null) {
                    failure = why;
                    status = code == 0 ? 1 : code;
                }
            }
            stop(why);
        }

        private void stop(String why) {
            synchronized (this) {
                if (stopping) {
                    return;
                }
                stopping = true;
            }
            rendezvous.broadcast("STOP " + why);
            long grace = Long.getLong(STOP_GRACE_PROPERTY, 2000);
            Thread killer = new Thread(() -> {
                try {
                    if (!ended.await(grace, TimeUnit.MILLISECONDS)) {
                        for (java.lang.Process p : procs) {
                            if (p != null) {
                                p.destroyForcibly();
                            }
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "par4j-stopper");
            killer.setDaemon(true);
            killer.start();
        }

        void awaitEnd() {
            try {
                ended.await();
                for (java.lang.Process p : procs) {
                    p.waitFor();
                }
                for (Thread t : pumps) {
                    t.join(2000);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                killAll();
            }
        }

        void killAll() {
            for (java.lang.Process p : procs) {
                if (p != null && p.isAlive()) {
                    p.descendants().forEach(ProcessHandle::destroyForcibly);
                    p.destroyForcibly();
                }
            }
        }

        synchronized int report() {
            if (failure == null) {
                return 0;
            }
            StringBuilder sb = new StringBuilder("par4j: ").append(failure);
            int rank = failure.startsWith("rank ") ? Integer.parseInt(failure.substring(5, failure.indexOf(' ', 5))) : -1;
            if (rank >= 0) {
                Deque<String> d = lastWords.get(rank);
                synchronized (d) {
                    if (!d.isEmpty()) {
                        sb.append("; its last words:");
                        for (String l : d) {
                            sb.append("\n    ").append(l);
                        }
                    }
                }
            }
            sb.append("\npar4j: the job was stopped; the other ranks were ended");
            job.err().println(sb);
            job.err().flush();
            return status;
        }

        private static String describe(int code) {
            return code > 128 && code < 160 ? " (killed by signal " + (code - 128) + ")" : "";
        }
    }

    /**
     * Command line: {@code -n N [--tag-output] [--transport auto|shm|tcp] [-cp CLASSPATH] MainClass [args...]}.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        int n = 1;
        boolean tag = false;
        String transport = "auto";
        String cp = "";
        int i = 0;
        for (; i < args.length && args[i].startsWith("-"); i++) {
            switch (args[i]) {
                case "-n", "-np" -> n = Integer.parseInt(args[++i]);
                case "--tag-output" -> tag = true;
                case "--transport" -> transport = args[++i];
                case "-cp", "--class-path" -> cp = args[++i];
                default -> {
                    System.err.println("unknown option " + args[i]);
                    System.exit(2);
                }
            }
        }
        if (i >= args.length) {
            System.err.println("usage: LocalRankLauncher -n N [--tag-output] [--transport auto|shm|tcp] [-cp PATH] MainClass [args...]");
            System.exit(2);
        }
        RankJob job = new RankJob(n, cp, args[i], List.of(args).subList(i + 1, args.length), transport, tag, List.of(), System.out, System.err);
        System.exit(new LocalRankLauncher().launch(job));
    }
}
