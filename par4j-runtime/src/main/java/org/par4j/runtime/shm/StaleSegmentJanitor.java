package org.par4j.runtime.shm;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;

/**
 * Removes par4j segments left by programs that are gone: those whose creator and tracker have both
 * exited (a tracker killed by hand, or a machine that lost power), and headerless ones older than a
 * minute (a creator killed while writing its header). Run by each new tracker on start.
 */
final class StaleSegmentJanitor {
    private static final Duration HEADERLESS_GRACE = Duration.ofMinutes(1);

    private StaleSegmentJanitor() {
    }

    /**
     * @param dir the shm directory
     * @param self the tracker running the sweep (its segments are never stale)
     * @return how many segments were removed
     */
    static int sweep(Path dir, ProcessIdentity self) {
        int removed = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, ShmProperties.PREFIX + "*")) {
            for (Path f : files) {
                if (isStale(f, self) && Files.deleteIfExists(f)) {
                    removed++;
                }
            }
        } catch (IOException e) {
            // an unreadable directory: nothing to sweep
        }
        return removed;
    }

    private static boolean isStale(Path file, ProcessIdentity self) {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ); Arena arena = Arena.ofConfined()) {
            if (ch.size() < SegmentHeaderDescriptor.HEADER_LENGTH) {
                return isOld(file);
            }
            MemorySegment header = ch.map(FileChannel.MapMode.READ_ONLY, 0, SegmentHeaderDescriptor.HEADER_LENGTH, arena);
            if (!SegmentHeaderDescriptor.isValid(header)) {
                return isOld(file);
            }
            ProcessIdentity tracker = SegmentHeaderDescriptor.tracker(header);
            return !tracker.equals(self) && !tracker.isAlive() && !SegmentHeaderDescriptor.creator(header).isAlive();
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean isOld(Path file) throws IOException {
        FileTime modified = Files.getLastModifiedTime(file);
        return modified.toInstant().isBefore(Instant.now().minus(HEADERLESS_GRACE));
    }
}
