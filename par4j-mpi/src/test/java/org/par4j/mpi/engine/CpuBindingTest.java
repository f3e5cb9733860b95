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
        AtomicReference<String> allowed = new AtomicReference<>();
        AtomicReference<Boolean> bound = new AtomicReference<>();
        Thread t = Thread.ofPlatform().start(() -> {
            bound.set(CpuBinding.bind(0));
            try {
                // the kernel's view of this very thread: /proc/thread-self
                allowed.set(Files.readAllLines(Path.of("/proc/thread-self/status")).stream()
                        .filter(l -> l.startsWith("Cpus_allowed_list:")).findFirst().orElse(""));
            } catch (Exception e) {
                allowed.set(e.toString());
            }
        });
        t.join();
        assertThat(bound.get()).isTrue();
        assertThat(allowed.get()).isEqualTo("Cpus_allowed_list:\t0");
        assertThat(CpuBinding.bind(-1)).isFalse();
        assertThat(CpuBinding.bind(1 << 20)).isFalse();
    }
}
