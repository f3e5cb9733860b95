package org.par4j.runtime.spawn;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AotCachePruningTest {

    @Test
    void shouldKeepTheMostRecentlyUsedCachesAndRemoveAbandonedTrainingFiles(@TempDir Path dir) throws Exception {
        Instant now = Instant.now();
        for (int i = 0; i < 5; i++) {
            file(dir, "c" + i + ".aot", now.minusSeconds(3600L * (5 - i))); // c4 newest
        }
        Path used = file(dir, "c0.aot", now.minusSeconds(99_999));
        AotCachePruning.markUsed(used); // the oldest becomes the newest
        file(dir, "old.aot.12.tmp", now.minusSeconds(3600));
        file(dir, "old.aot.12.tmp.config", now.minusSeconds(3600));
        file(dir, "running.aot.13.tmp.config", now);
        file(dir, "x.aot.lock", now.minusSeconds(3600));

        AotCachePruning.prune(dir, 3, Duration.ofMinutes(4));

        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("c0.aot", "c4.aot", "c3.aot", "running.aot.13.tmp.config", "x.aot.lock");
        }
    }

    @Test
    void shouldDoNothingWithoutAFolder(@TempDir Path dir) {
        assertThat(AotCachePruning.prune(dir.resolve("missing"), 1, Duration.ZERO)).isEmpty();
    }

    private static Path file(Path dir, String name, Instant modified) throws Exception {
        Path f = Files.writeString(dir.resolve(name), name);
        Files.setLastModifiedTime(f, FileTime.from(modified));
        return f;
    }
}
