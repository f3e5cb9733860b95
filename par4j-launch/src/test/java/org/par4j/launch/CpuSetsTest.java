package org.par4j.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CPUs ranks bind to: Linux CPU lists, and no binding when there are more ranks than CPUs. */
class CpuSetsTest {

    @Test
    void shouldParseRangesAndSingleCpusInOrder() {
        assertThat(CpuSets.parseList("0-3,8,10-11")).containsExactly(0, 1, 2, 3, 8, 10, 11);
        assertThat(CpuSets.parseList("5")).containsExactly(5);
    }

    @Test
    void shouldReadTheAllowedListOfAStatusFileAndNothingFromAnotherFile(@TempDir Path dir) throws Exception {
        Path status = Files.writeString(dir.resolve("status"), "Name:\tjava\nCpus_allowed:\t3\nCpus_allowed_list:\t2-3\n");
        assertThat(CpuSets.allowed(status)).containsExactly(2, 3);
        assertThat(CpuSets.allowed(dir.resolve("missing"))).isEmpty();
        assertThat(CpuSets.allowed(Files.writeString(dir.resolve("other"), "Name:\tjava\n"))).isEmpty();
    }

    @Test
    void shouldBindOneCpuPerRankOnlyWhenTheJobFits() {
        int cpus = CpuSets.allowed(Path.of("/proc/self/status")).size();
        if (System.getenv(CpuSets.BIND_ENV) == null && cpus > 0) {
            assertThat(CpuSets.forRanks(cpus)).hasSize(cpus).doesNotHaveDuplicates();
        }
        assertThat(CpuSets.forRanks(Math.max(cpus, 1) + 1)).as("more ranks than CPUs: unbound").isEmpty();
    }
}
