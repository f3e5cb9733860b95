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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes par4j segments left by programs that are gone: those whose creator and tracker have both
 * exited (a tracker killed by hand, or a machine that lost power), and headerless ones older than a
 * minute whose name says they were created (see {@link ShmSegment#uniqueName}) by a process that is
 * gone (a creator killed while writing its header). Other {@code par4j-} files without a header, such
 * as the message-passing transport's ring files, are not ours and are left alone. Run by each new
 * tracker on start.
 */
final class StaleSegmentJanitor {
    private static final Duration HEADERLESS_GRACE = Duration.ofMinutes(1);
    /** Names made by {@link ShmSegment#uniqueName}: prefix, creator pid, sequence, random hex, layout. */
    private static final Pattern UNIQUE_NAME = Pattern.compile("par4j-(\\d+)-\\d+-[0-9a-f]+-[a-z]+");

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
                return isOldAndOurs(file);
            }
            MemorySegment header = ch.map(FileChannel.MapMode.READ_ONLY, 0, SegmentHeaderDescriptor.HEADER_LENGTH, arena);
            if (!SegmentHeaderDescriptor.isValid(header)) {
                return isOldAndOurs(file);
            }
            ProcessIdentity tracker = SegmentHeaderDescriptor.tracker(header);
            return !tracker.equals(self) && !tracker.isAlive() && !SegmentHeaderDescriptor.creator(header).isAlive();
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean isOldAndOurs(Path file) throws IOException {
        Matcher m = UNIQUE_NAME.matcher(file.getFileName().toString());
        FileTime modified = Files.getLastModifiedTime(file);
        return m.matches() && modified.toInstant().isBefore(Instant.now().minus(HEADERLESS_GRACE))
                && !ProcessIdentity.of(Long.parseLong(m.group(1))).isAlive();
    }
}
