package org.par4j.mpi.engine;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;

/**
 * Binds the thread that drives a rank's engine to the CPU the launcher chose for the rank
 * ({@value #ENV}), as {@code mpirun} binds ranks to cores: a spinning rank the scheduler moves or
 * stacks onto its peer's core loses microseconds a message. Only this thread is bound; the JVM's
 * compiler and GC threads stay free to run on the other CPUs. Best effort: without the variable, or
 * where the call fails (another OS, a CPU outside the process's set), nothing happens.
 */
@SuppressWarnings("restricted") // the native call is the point; rank JVMs run with --enable-native-access
final class CpuBinding {
    static final String ENV = org.par4j.transport.rendezvous.RendezvousProtocol.ENV_CPU;
    private static final int MASK_BYTES = 128; // 1024 CPUs, glibc's cpu_set_t

    private CpuBinding() {
    }

    /** Binds the calling thread if the launcher asked for it. */
    static void applyFromEnvironment() {
        String cpu = System.getenv(ENV);
        if (cpu == null || !System.getProperty("os.name", "").startsWith("Linux")) {
            return;
        }
        try {
            bind(Integer.parseInt(cpu.trim()));
        } catch (RuntimeException e) {
            // best effort: an unbound rank still works
        }
    }

    /**
     * @param cpu a CPU number
     * @return true if the calling thread is now bound to it
     */
    static boolean bind(int cpu) {
        if (cpu < 0 || cpu >= MASK_BYTES * 8) {
            return false;
        }
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment mask = arena.allocate(MASK_BYTES, 8);
            mask.set(java.lang.foreign.ValueLayout.JAVA_BYTE, cpu / 8, (byte) (1 << (cpu % 8)));
            return (int) Native.SCHED_SETAFFINITY.invokeExact(0, (long) MASK_BYTES, mask) == 0;
        } catch (Throwable t) {
            return false;
        }
    }

    /** Looked up on first use only. */
    private static final class Native {
        static final MethodHandle SCHED_SETAFFINITY = Linker.nativeLinker().downcallHandle(
                Linker.nativeLinker().defaultLookup().find("sched_setaffinity").orElseThrow(),
                FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_LONG, ADDRESS));
    }
}
