package org.par4j.timing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Times the phases of a program — the course's "t0 = time(); init; t1 = time(); compute; t2 = time();
 * finalize; t3 = time()" — and says exactly what each figure includes.
 *
 * <pre>{@code
 * PhaseTimer timer = PhaseTimer.start();
 * double[] data = init();          timer.mark("init");
 * double sum = compute(data);      timer.mark("compute");
 * write(sum);                      timer.mark("finalize");
 * System.out.print(timer.times()); // every interval between marks, wall and CPU, and since JVM start
 * }</pre>
 *
 * <p>Four marks give six intervals (t1-t0, t2-t1, t3-t2, t2-t0, t3-t1, t3-t0); the seventh timing is
 * the whole process since the operating system started it, JVM start-up included. Each interval is
 * reported as wall time and as this process's CPU time (user + system, all its threads), so that a
 * phase waiting on others shows wall time without CPU time. Across ranks or workers, collect every
 * {@link #times()} (they are serializable) and summarise them with {@link PhaseSummary}.
 *
 * <p>Not thread-safe: one timer per thread of control.
 */
public final class PhaseTimer {
    private final long startNanos;
    private final Instant startInstant;
    private final List<PhaseTimes.Mark> marks = new ArrayList<>();

    private PhaseTimer() {
        startInstant = Instant.now();
        startNanos = System.nanoTime();
        marks.add(new PhaseTimes.Mark("start", 0, cpuNanos()));
    }

    /** @return a timer whose first mark, "start", is now */
    public static PhaseTimer start() {
        return new PhaseTimer();
    }

    /**
     * Ends the phase called {@code name} now.
     *
     * @param name the phase that just ended, such as "init"
     * @return the wall time of that phase, in seconds
     */
    public double mark(String name) {
        long now = System.nanoTime() - startNanos;
        long previous = marks.getLast().wallNanos();
        marks.add(new PhaseTimes.Mark(name, now, cpuNanos()));
        return (now - previous) / 1e9;
    }

    /** @return the marks so far, with the time from process start to this timer's start */
    public PhaseTimes times() {
        long startup = ProcessHandle.current().info().startInstant()
                .map(t -> Duration.between(t, startInstant).toNanos()).orElse(-1L);
        return new PhaseTimes(List.copyOf(marks), startup, ProcessHandle.current().pid());
    }

    private static long cpuNanos() {
        return ProcessHandle.current().info().totalCpuDuration().map(Duration::toNanos).orElse(-1L);
    }
}
