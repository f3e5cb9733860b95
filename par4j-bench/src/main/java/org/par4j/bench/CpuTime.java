package org.par4j.bench;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;

/**
 * CPU time used so far by this JVM and by its children that have exited and been reaped (worker
 * JVMs), as {@code time} reports it: user and system time, from {@code getrusage(2)} called through
 * the FFM API (microsecond resolution, where {@code /proc/self/stat} counts 10 ms ticks).
 *
 * <pre>{@code
 * CpuTime before = CpuTime.now();
 * work();
 * CpuTime used = CpuTime.now().minus(before);   // used.userNanos(), used.sysNanos()
 * }</pre>
 *
 * @param userNanos user-mode CPU time, this JVM plus reaped children
 * @param sysNanos kernel-mode CPU time, this JVM plus reaped children
 */
public record CpuTime(long userNanos, long sysNanos) {
    private static final int RUSAGE_SELF = 0;
    private static final int RUSAGE_CHILDREN = -1;
    /** struct rusage is 18 longs on 64-bit Linux and macOS: two timevals, then 14 counters. */
    private static final long RUSAGE_SIZE = 18 * Long.BYTES;
    @SuppressWarnings("restricted") // a downcall; the JVMs that run it have --enable-native-access
    private static final MethodHandle GETRUSAGE = Linker.nativeLinker().downcallHandle(
            Linker.nativeLinker().defaultLookup().find("getrusage").orElseThrow(),
            FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.ADDRESS));

    /** @return the CPU time used by this JVM and its reaped children until now */
    public static CpuTime now() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment usage = arena.allocate(RUSAGE_SIZE, Long.BYTES);
            CpuTime self = read(usage, RUSAGE_SELF);
            CpuTime children = read(usage, RUSAGE_CHILDREN);
            return new CpuTime(self.userNanos + children.userNanos, self.sysNanos + children.sysNanos);
        }
    }

    /**
     * @param earlier a reading taken before this one
     * @return the CPU time used between the two readings
     */
    public CpuTime minus(CpuTime earlier) {
        return new CpuTime(userNanos - earlier.userNanos, sysNanos - earlier.sysNanos);
    }

    private static CpuTime read(MemorySegment usage, int who) {
        int rc;
        try {
            rc = (int) GETRUSAGE.invokeExact(who, usage);
        } catch (Throwable t) {
            throw new IllegalStateException("getrusage failed", t);
        }
        if (rc != 0) {
            throw new IllegalStateException("getrusage(" + who + ") returned " + rc);
        }
        return new CpuTime(timeval(usage, 0), timeval(usage, 2 * Long.BYTES));
    }

    private static long timeval(MemorySegment usage, long offset) {
        long seconds = usage.get(ValueLayout.JAVA_LONG, offset);
        long micros = usage.get(ValueLayout.JAVA_LONG, offset + Long.BYTES);
        return seconds * 1_000_000_000L + micros * 1_000L;
    }
}
