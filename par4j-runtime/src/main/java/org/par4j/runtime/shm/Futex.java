package org.par4j.runtime.shm;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;
import java.util.concurrent.locks.LockSupport;

/**
 * Linux futex wait and wake on a 32-bit word of a shared mapping, through {@code syscall(2)} and FFM.
 * The futex is not private (no {@code FUTEX_PRIVATE_FLAG}): the kernel keys it by the mapped file and
 * offset, so waiters and wakers in different processes meet, as with process-shared pthread mutexes.
 *
 * <p>Virtual threads do not enter the kernel: they poll the word and park between polls (see
 * {@code awaitParking}), so they never pin their carrier thread.
 *
 * <p>Every wait is bounded: callers wait in slices and re-check their condition (and the liveness of
 * the peer they wait for) between slices, so neither a lost wake-up nor a dead peer hangs them.
 */
@SuppressWarnings("restricted") // the native call is the point; worker JVMs run with --enable-native-access
public final class Futex {
    private static final int FUTEX_WAIT = 0;
    private static final int FUTEX_WAKE = 1;
    private static final int EINTR = 4;
    private static final int EAGAIN = 11;
    private static final int ETIMEDOUT = 110;
    private static final long SYS_FUTEX = sysFutexNumber();

    private static final VarHandle INT = java.lang.foreign.ValueLayout.JAVA_INT.varHandle();
    private static final Linker LINKER = Linker.nativeLinker();
    private static final StructLayout CAPTURE_LAYOUT = Linker.Option.captureStateLayout();
    private static final VarHandle ERRNO = CAPTURE_LAYOUT.varHandle(MemoryLayout.PathElement.groupElement("errno"));
    private static final MethodHandle SYSCALL = LINKER.downcallHandle(
            LINKER.defaultLookup().find("syscall").orElseThrow(),
            FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, ADDRESS, JAVA_LONG, JAVA_LONG, ADDRESS, ADDRESS, JAVA_LONG),
            Linker.Option.firstVariadicArg(1), Linker.Option.captureCallState("errno"));

    /** Per-thread scratch memory: a struct timespec, then the errno capture area. */
    private static final ThreadLocal<MemorySegment> SCRATCH = ThreadLocal.withInitial(
            () -> Arena.ofAuto().allocate(16 + CAPTURE_LAYOUT.byteSize(), 8));

    /** What a wait ended with. */
    public enum WaitResult {
        /** Woken by {@link #wake}, or by a signal: re-check the condition. */
        WOKEN,
        /** The word did not hold the expected value when the wait began. */
        VALUE_CHANGED,
        /** The slice ran out. */
        TIMED_OUT
    }

    private Futex() {
    }

    /**
     * Sleeps while {@code segment[offset] == expected}, for at most {@code timeoutNanos}.
     *
     * @param segment a shared mapping
     * @param offset byte offset of a 4-byte aligned int word
     * @param expected the value that means "keep sleeping"
     * @param timeoutNanos longest sleep, in nanoseconds (positive)
     * @return why it returned
     */
    public static WaitResult await(MemorySegment segment, long offset, int expected, long timeoutNanos) {
        if (Thread.currentThread().isVirtual()) {
            return awaitParking(segment, offset, expected, timeoutNanos);
        }
        MemorySegment scratch = SCRATCH.get();
        MemorySegment timespec = scratch.asSlice(0, 16);
        MemorySegment capture = scratch.asSlice(16, CAPTURE_LAYOUT.byteSize());
        timespec.set(JAVA_LONG, 0, timeoutNanos / 1_000_000_000L);
        timespec.set(JAVA_LONG, 8, timeoutNanos % 1_000_000_000L);
        long rc = call(capture, segment.asSlice(offset, 4), FUTEX_WAIT, expected, timespec);
        if (rc == 0) {
            return WaitResult.WOKEN;
        }
        int errno = (int) ERRNO.get(capture, 0L);
        return switch (errno) {
            case EAGAIN -> WaitResult.VALUE_CHANGED;
            case ETIMEDOUT -> WaitResult.TIMED_OUT;
            case EINTR -> WaitResult.WOKEN;
            default -> throw new IllegalStateException("futex wait failed with errno " + errno);
        };
    }

    /**
     * A virtual thread must not sleep in a native call: it would pin its carrier, and with every
     * carrier pinned by waiters the thread that would wake them never runs. It polls the word instead,
     * parking (which frees the carrier) for 20 microseconds growing to 1 millisecond.
     */
    private static WaitResult awaitParking(MemorySegment segment, long offset, int expected, long timeoutNanos) {
        long deadline = System.nanoTime() + timeoutNanos;
        long pause = 20_000;
        while ((int) INT.getVolatile(segment, offset) == expected) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return WaitResult.TIMED_OUT;
            }
            LockSupport.parkNanos(Math.min(pause, left));
            if (Thread.interrupted()) {
                Thread.currentThread().interrupt();
                return WaitResult.WOKEN;
            }
            pause = Math.min(2 * pause, 1_000_000);
        }
        return WaitResult.VALUE_CHANGED;
    }

    /**
     * Wakes at most {@code count} waiters sleeping on {@code segment[offset]}.
     *
     * @param segment a shared mapping
     * @param offset byte offset of the int word
     * @param count how many to wake ({@link Integer#MAX_VALUE} for all)
     * @return how many were woken
     */
    public static int wake(MemorySegment segment, long offset, int count) {
        MemorySegment capture = SCRATCH.get().asSlice(16, CAPTURE_LAYOUT.byteSize());
        long rc = call(capture, segment.asSlice(offset, 4), FUTEX_WAKE, count, MemorySegment.NULL);
        if (rc < 0) {
            throw new IllegalStateException("futex wake failed with errno " + (int) ERRNO.get(capture, 0L));
        }
        return (int) rc;
    }

    private static long call(MemorySegment capture, MemorySegment word, int op, int value, MemorySegment timeout) {
        try {
            return (long) SYSCALL.invokeExact(capture, SYS_FUTEX, word, (long) op, (long) value, timeout,
                    MemorySegment.NULL, 0L);
        } catch (Throwable t) {
            throw new IllegalStateException("futex system call failed", t);
        }
    }

    private static long sysFutexNumber() {
        if (!System.getProperty("os.name", "").startsWith("Linux")) {
            throw new UnsupportedOperationException(
                    "par4j shared-memory synchronisation needs Linux futexes; this is " + System.getProperty("os.name"));
        }
        return switch (System.getProperty("os.arch")) {
            case "amd64", "x86_64" -> 202;
            case "aarch64" -> 98;
            case "riscv64" -> 98;
            default -> throw new UnsupportedOperationException(
                    "no futex system call number known for " + System.getProperty("os.arch"));
        };
    }
}
