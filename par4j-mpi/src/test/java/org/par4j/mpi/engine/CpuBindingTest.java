package org.par4j.mpi.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** A thread bound by {@link CpuBinding} runs only on that CPU, as the kernel reports it. */
class CpuBindingTest {

    @Test
    void shouldBindTheCallingThreadToOneCpuAndRefuseANonsenseOne() throws Exception {
        AtomicReference<String> before = new AtomicReference<>();
        AtomicReference<String> after = new AtomicReference<>();
        AtomicReference<Boolean> bound = new AtomicReference<>();
        Thread t = Thread.ofPlatform().start(() -> {
            before.set(allowedList());
            // the first CPU this thread may use: "0-1" -> 0, "2,5-7" -> 2
            int first = Integer.parseInt(before.get().split("[-,]")[0]);
            bound.set(CpuBinding.bind(first));
            after.set(allowedList() + " wanted " + first);
        });
        t.join();
        assertThat(bound.get()).isTrue();
        String[] parts = after.get().split(" wanted ");
        assertThat(parts[0]).isEqualTo(parts[1]);
        assertThat(CpuBinding.bind(-1)).isFalse();
        assertThat(CpuBinding.bind(1 << 20)).isFalse();
    }

    /** @return the kernel's view of the calling thread's CPUs, from /proc/thread-self */
    private static String allowedList() {
        try {
            return Files.readAllLines(Path.of("/proc/thread-self/status")).stream()
                    .filter(l -> l.startsWith("Cpus_allowed_list:")).findFirst().orElseThrow()
                    .substring("Cpus_allowed_list:".length()).trim();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
