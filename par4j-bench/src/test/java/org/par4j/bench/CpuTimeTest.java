package org.par4j.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class CpuTimeTest {

    @Test
    void shouldGrowWithWorkDoneInThisJvm() {
        CpuTime before = CpuTime.now();
        long x = FixedWork.run(200_000_000L);
        CpuTime used = CpuTime.now().minus(before);
        assertThat(x).isNotZero();
        assertThat(used.userNanos() + used.sysNanos()).isGreaterThan(20_000_000L);
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
