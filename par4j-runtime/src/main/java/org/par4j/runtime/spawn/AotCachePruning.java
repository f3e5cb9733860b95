package org.par4j.runtime.spawn;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Keeps the AOT cache folder bounded. Every class path gets its own ~15 MB cache, and each edit of a
 * {@code par4j run} program is a new class path, so without pruning the folder grows without end.
 * Keeps the most recently used caches (a cache's modification time is set when a JVM first uses it)
 * and removes what trainings that were killed left behind.
 */
final class AotCachePruning {
    private AotCachePruning() {
    }

    /**
     * @param dir the cache folder
     * @param keep how many {@code .aot} caches to keep, the most recently used
     * @param abandonedAfter age after which a training's temporary file ({@code .tmp}, and the
     *     JDK's {@code .tmp.config}) belongs to a training that is no longer running
     * @return the files removed
     */
    static List<Path> prune(Path dir, int keep, Duration abandonedAfter) {
        List<Path> caches = new ArrayList<>();
        List<Path> removed = new ArrayList<>();
        Instant abandoned = Instant.now().minus(abandonedAfter);
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                String name = f.getFileName().toString();
                if (name.endsWith(".aot")) {
                    caches.add(f);
                } else if ((name.endsWith(".tmp") || name.endsWith(".tmp.config"))
                        && modified(f).toInstant().isBefore(abandoned)) {
                    delete(f, removed);
                }
            }
        } catch (IOException e) {
            return removed; // no folder yet, or unreadable: nothing to prune
        }
        caches.sort(Comparator.comparing(AotCachePruning::modified).reversed());
        for (Path old : caches.subList(Math.min(keep, caches.size()), caches.size())) {
            delete(old, removed);
        }
        return removed;
    }

    /** Marks a cache as used now, so that pruning keeps it over caches not used for longer. */
    static void markUsed(Path cache) {
        try {
            Files.setLastModifiedTime(cache, FileTime.from(Instant.now()));
        } catch (IOException e) {
            // a read-only cache folder still serves; it is just never pruned in this one's favour
        }
    }

    private static FileTime modified(Path f) {
        try {
            return Files.getLastModifiedTime(f);
        } catch (IOException e) {
            return FileTime.fromMillis(0); // already gone: sorts as oldest
        }
    }

    private static void delete(Path f, List<Path> removed) {
        try {
            if (Files.deleteIfExists(f)) {
                removed.add(f);
            }
        } catch (IOException e) {
            // another JVM pruning at the same moment, or no permission: leave it
        }
    }
}
