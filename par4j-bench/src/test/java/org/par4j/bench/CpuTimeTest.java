package org.par4j.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class CpuTimeTest {

    @Test
    void shouldGrowWithWorkDoneInThisJvm() {
        long threadBefore = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        CpuTime before = CpuTime.now();
        OverheadBenchmark.spin(80, 1);
        CpuTime used = CpuTime.now().minus(before);
        long thread = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - threadBefore;
        assertThat(thread).isGreaterThanOrEqualTo(80_000_000L);
        // the process used at least what this thread used (both from the scheduler's accounting)
        assertThat(used.userNanos() + used.sysNanos()).isGreaterThan(thread * 3 / 4);
    }

    @Test
    void shouldIncludeReapedChildren() throws Exception {
        CpuTime before = CpuTime.now();
        // a child that burns about 300 ms of CPU and exits; waitFor reaps it
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-version").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        CpuTime used = CpuTime.now().minus(before);
        // a JVM start costs tens of ms of CPU, while this thread only waited
        assertThat(used.userNanos() + used.sysNanos()).isGreaterThan(10_000_000L);
    }
}
