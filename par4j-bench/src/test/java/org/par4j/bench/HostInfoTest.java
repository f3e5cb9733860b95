package org.par4j.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HostInfoTest {

    @Test
    void shouldReadThreeLoadAverages() {
        assertThat(HostInfo.loadAverage()).matches("\\d+\\.\\d+ \\d+\\.\\d+ \\d+\\.\\d+");
    }

    @Test
    void shouldMatchJvmCpuCount() {
        assertThat(HostInfo.usableCpus()).isEqualTo(Runtime.getRuntime().availableProcessors()).isPositive();
        assertThat(HostInfo.cpuModel()).isNotBlank();
    }

    @Test
    void shouldReadMemoryAndShmSizes() {
        assertThat(HostInfo.memInfoBytes("MemTotal")).isGreaterThan(64L << 20);
        assertThat(HostInfo.memInfoBytes("NoSuchField")).isEqualTo(-1);
        assertThat(HostInfo.shmTotalBytes()).isGreaterThanOrEqualTo(HostInfo.shmFreeBytes());
        assertThat(HostInfo.gib(3L << 30)).isEqualTo("3.0 GiB");
        assertThat(HostInfo.gib(-1)).isEqualTo("unknown");
    }
}
