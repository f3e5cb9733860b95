package org.par4j.transport.shm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Names, creates, maps and unlinks the ring files of a job: {@code <dir>/par4j-<job>-<src>to<dst>}.
 * The receiving rank creates its inbound rings before it registers; senders map them after the
 * rendezvous; every rank unlinks its inbound files once all ranks have mapped them, so a job killed
 * later leaves nothing behind (the launcher sweeps {@code par4j-<job>-*} at the end for the window before).
 */
public final class ShmRingFiles {
    /** System property: the directory of ring files ({@code /dev/shm}). */
    public static final String DIR_PROPERTY = "par4j.shm.dir";
    /** System property: data bytes per ring, a power of two (1 MiB). */
    public static final String RING_BYTES_PROPERTY = "par4j.shm.ringBytes";

    private ShmRingFiles() {
    }

    /** @return the directory ring files live in */
    public static Path dir() {
        return Path.of(System.getProperty(DIR_PROPERTY, "/dev/shm"));
    }

    /** @param jobId the job @return the common prefix of its files, a path */
    public static String prefix(String jobId) {
        return dir().resolve("par4j-" + jobId + "-").toString();
    }

    /** @param prefix a job prefix @param src sender @param dst receiver @return the ring file */
    public static Path path(String prefix, int src, int dst) {
        return Path.of(prefix + src + "to" + dst);
    }

    /**
     * Creates and formats a ring file.
     *
     * @param file the path (must not exist)
     * @param capacity data bytes
     * @param arena owns the mapping
     * @return the ring
     */
    public static SpscByteRing create(Path file, long capacity, Arena arena) {
        try (FileChannel fc = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.READ,
                StandardOpenOption.WRITE)) {
            long size = SpscRingDescriptor.fileSize(capacity);
            fc.truncate(size);
            fc.write(java.nio.ByteBuffer.allocate(1), size - 1);
            MemorySegment seg = fc.map(FileChannel.MapMode.READ_WRITE, 0, size, arena);
            return SpscByteRing.format(seg, capacity);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create shared-memory ring " + file, e);
        }
    }

    /**
     * Maps an existing ring file.
     *
     * @param file the path
     * @param arena owns the mapping
     * @return the ring
     */
    public static SpscByteRing attach(Path file, Arena arena) {
        try (FileChannel fc = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            MemorySegment seg = fc.map(FileChannel.MapMode.READ_WRITE, 0, fc.size(), arena);
            return SpscByteRing.attach(seg);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot map shared-memory ring " + file, e);
        }
    }

    /** @param file a ring file; missing is fine */
    public static void unlink(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unlink " + file, e);
        }
    }

    /**
     * Removes every file of a job (the launcher's sweep).
     *
     * @param jobId the job
     * @return number of files removed
     */
    public static int unlinkJob(String jobId) {
        int n = 0;
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir(), "par4j-" + jobId + "-*")) {
            for (Path p : ds) {
                Files.deleteIfExists(p);
                n++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot sweep ring files of job " + jobId, e);
        }
        return n;
    }
}
