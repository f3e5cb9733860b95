package org.par4j.timing;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The marks of one {@link PhaseTimer}: what one process measured. Serializable, so ranks and workers
 * can send theirs to one place.
 *
 * @param marks the marks in order; the first is "start" at time 0
 * @param startupNanos time from the operating system starting this process to the timer's start
 *     (JVM start-up and class loading), or -1 when unknown
 * @param pid the process that measured
 */
public record PhaseTimes(List<Mark> marks, long startupNanos, long pid) implements Serializable {

    /**
     * One mark.
     *
     * @param name the phase that ended here
     * @param wallNanos wall time since the timer's start
     * @param cpuNanos this process's CPU time (user + system) when the mark was taken, or -1
     */
    public record Mark(String name, long wallNanos, long cpuNanos) implements Serializable {
    }

    /**
     * One timed interval.
     *
     * @param label "init", or "init..compute" for a span of several phases, or "whole process"
     * @param wallSeconds wall time
     * @param cpuSeconds CPU time of this process in that interval (NaN when unknown)
     */
    public record Interval(String label, double wallSeconds, double cpuSeconds) implements Serializable {
    }

    /** Copies the marks. */
    public PhaseTimes {
        marks = List.copyOf(marks);
    }

    /**
     * @param phase a mark's name
     * @return the wall seconds of that phase alone (from the previous mark to this one)
     * @throws IllegalArgumentException if there is no such phase
     */
    public double seconds(String phase) {
        for (int i = 1; i < marks.size(); i++) {
            if (marks.get(i).name().equals(phase)) {
                return (marks.get(i).wallNanos() - marks.get(i - 1).wallNanos()) / 1e9;
            }
        }
        throw new IllegalArgumentException("no phase named '" + phase + "'; phases: " + phaseNames());
    }

    /** @return the names of the phases, in order */
    public List<String> phaseNames() {
        return marks.subList(1, marks.size()).stream().map(Mark::name).toList();
    }

    /**
     * @return every interval between two marks (for four marks: the course's six), then the whole
     *     process since the OS started it (JVM start-up included)
     */
    public List<Interval> intervals() {
        List<Interval> out = new ArrayList<>();
        for (int span = 1; span < marks.size(); span++) {
            for (int i = 0; i + span < marks.size(); i++) {
                Mark from = marks.get(i);
                Mark to = marks.get(i + span);
                String label = span == 1 ? to.name() : marks.get(i + 1).name() + ".." + to.name();
                out.add(new Interval(label, (to.wallNanos() - from.wallNanos()) / 1e9, cpu(from, to)));
            }
        }
        if (startupNanos >= 0) {
            Mark last = marks.getLast();
            out.add(new Interval("whole process (JVM start-up included)", (startupNanos + last.wallNanos()) / 1e9,
                    last.cpuNanos() < 0 ? Double.NaN : last.cpuNanos() / 1e9));
        }
        return out;
    }

    private static double cpu(Mark from, Mark to) {
        return from.cpuNanos() < 0 || to.cpuNanos() < 0 ? Double.NaN : (to.cpuNanos() - from.cpuNanos()) / 1e9;
    }

    /** @return a table of every interval: wall seconds, CPU seconds, CPU / wall */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-40s %10s %10s %7s%n",
                "interval", "wall (s)", "cpu (s)", "cpu/wall"));
        for (Interval i : intervals()) {
            sb.append(String.format(Locale.ROOT, "%-40s %10.4f %10.4f %7.2f%n", i.label(), i.wallSeconds(),
                    i.cpuSeconds(), i.cpuSeconds() / i.wallSeconds()));
        }
        return sb.toString();
    }
}
