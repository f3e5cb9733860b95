package org.par4j.runtime.shm;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.par4j.Par4jException;

/**
 * One file in {@code /dev/shm} (name {@code par4j-...}) mapped into this process as a
 * {@link MemorySegment}: a {@link SegmentHeaderDescriptor header}, then the payload. Created with
 * owner-only permissions; registered with the {@link ShmTrackerClient tracker} before the file exists,
 * so it is unlinked once every process that mapped it has exited, even by {@code kill -9}.
 *
 * <p>Thread-safe. {@link #close()} unmaps it in this process; {@link #unlink()} removes the name at
 * once (processes that have it mapped keep using the memory).
 */
public final class ShmSegment implements AutoCloseable {
    private static final AtomicLong SEQUENCE = new AtomicLong();
    /** How long an attacher waits for a creator that is still writing the header. */
    private static final long HEADER_WAIT_NANOS = 1_000_000_000L;
    private static final java.util.regex.Pattern NAME = java.util.regex.Pattern.compile("[A-Za-z0-9._-]+");

    private final String fileName;
    private final Arena arena;
    private final MemorySegment whole;
    private final MemorySegment payload;

    private ShmSegment(String fileName, Arena arena, MemorySegment whole) {
        this.fileName = fileName;
        this.arena = arena;
        this.whole = whole;
        this.payload = whole.asSlice(SegmentHeaderDescriptor.HEADER_LENGTH);
    }

    /**
     * @param layout what it will hold
     * @return a fresh unique file name {@code par4j-<pid>-<seq>-<random>-<layout>}
     */
    public static String uniqueName(SegmentLayout layout) {
        return ShmProperties.PREFIX + ProcessHandle.current().pid() + "-" + SEQUENCE.incrementAndGet() + "-"
                + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x10000, 0x100000)) + "-"
                + layout.name().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * Creates, maps and registers a new segment; the payload is zero-filled.
     *
     * @param fileName its file name, starting with {@code par4j-}
     * @param layout what the payload holds
     * @param payloadLength payload bytes (positive)
     * @return the mapped segment
     * @throws Par4jException if the name exists or the file cannot be created
     */
    public static ShmSegment create(String fileName, SegmentLayout layout, long payloadLength) {
        requireName(fileName);
        if (payloadLength <= 0) {
            throw new IllegalArgumentException("a shared segment needs a positive size, not " + payloadLength);
        }
        Path path = ShmProperties.dir().resolve(fileName);
        ShmTrackerClient tracker = ShmTrackerClient.registerNew(fileName);
        Arena arena = Arena.ofShared();
        try (FileChannel ch = FileChannel.open(path, java.util.Set.of(StandardOpenOption.CREATE_NEW,
                StandardOpenOption.READ, StandardOpenOption.WRITE),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))) {
            MemorySegment whole = ch.map(FileChannel.MapMode.READ_WRITE, 0,
                    SegmentHeaderDescriptor.HEADER_LENGTH + payloadLength, arena);
            SegmentHeaderDescriptor.write(whole, layout, payloadLength, ProcessIdentity.current(), tracker.trackerIdentity());
            return new ShmSegment(fileName, arena, whole);
        } catch (FileAlreadyExistsException e) {
            arena.close();
            throw new Par4jException("shared memory " + path + " already exists: attach it, or unlink it first", e);
        } catch (IOException | RuntimeException e) {
            arena.close();
            tracker.forget(fileName);
            throw new Par4jException("cannot create shared memory " + path + ": " + e.getMessage(), e);
        }
    }

    /**
     * Maps an existing segment and registers this process as one of its users.
     *
     * @param fileName its file name
     * @param layout the layout the caller expects, or null for any
     * @param payloadLength the payload length the caller expects, or -1 for any
     * @return the mapped segment
     * @throws Par4jException if there is no such segment, or it holds something else or another size
     */
    public static ShmSegment attach(String fileName, SegmentLayout layout, long payloadLength) {
        requireName(fileName);
        long deadline = System.nanoTime() + HEADER_WAIT_NANOS;
        while (true) {
            ShmSegment s = attachOnce(fileName, layout, payloadLength, System.nanoTime() - deadline >= 0);
            if (s != null) {
                return s;
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Par4jException("interrupted while attaching shared memory " + fileName, e);
            }
        }
    }

    /** @return the segment, or null if its creator has not published the header yet and lastTry is false */
    private static ShmSegment attachOnce(String fileName, SegmentLayout layout, long payloadLength, boolean lastTry) {
        Path path = ShmProperties.dir().resolve(fileName);
        Arena arena = Arena.ofShared();
        try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            long size = ch.size();
            if (size < SegmentHeaderDescriptor.HEADER_LENGTH) {
                if (!lastTry) {
                    arena.close();
                    return null;
                }
                throw new Par4jException("shared memory " + path + " is not a par4j segment (" + size + " bytes)");
            }
            MemorySegment whole = ch.map(FileChannel.MapMode.READ_WRITE, 0, size, arena);
            if (!lastTry && !SegmentHeaderDescriptor.isValid(whole)) {
                arena.close();
                return null;
            }
            check(path, whole, layout, payloadLength);
            ShmTrackerClient.forAttach(SegmentHeaderDescriptor.tracker(whole)).register(fileName);
            return new ShmSegment(fileName, arena, whole);
        } catch (NoSuchFileException e) {
            arena.close();
            throw new Par4jException("no shared memory named '" + fileName + "' (" + path
                    + " does not exist: wrong name, or unlinked because every process using it has exited)", e);
        } catch (IOException e) {
            arena.close();
            throw new Par4jException("cannot attach shared memory " + path + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            arena.close();
            throw e;
        }
    }

    /**
     * @param layout the layout expected, or null for any
     * @param payloadLength the payload length expected, or -1 for any
     * @return this segment
     * @throws Par4jException if it holds something else or has another size
     */
    public ShmSegment requireHolds(SegmentLayout layout, long payloadLength) {
        check(ShmProperties.dir().resolve(fileName), whole, layout, payloadLength);
        return this;
    }

    private static void check(Path path, MemorySegment whole, SegmentLayout layout, long payloadLength) {
        if (!SegmentHeaderDescriptor.isValid(whole)) {
            throw new Par4jException("shared memory " + path + " is not an initialised par4j segment (bad header)");
        }
        long stored = SegmentHeaderDescriptor.payloadLength(whole);
        if (stored + SegmentHeaderDescriptor.HEADER_LENGTH != whole.byteSize()) {
            throw new Par4jException("shared memory " + path + " is truncated: header says " + stored
                    + " payload bytes, file has " + (whole.byteSize() - SegmentHeaderDescriptor.HEADER_LENGTH));
        }
        SegmentLayout actual = SegmentLayout.ofId(SegmentHeaderDescriptor.layoutId(whole));
        if (layout != null && actual != layout) {
            throw new Par4jException("shared memory " + path + " holds a " + actual + ", not a " + layout);
        }
        if (payloadLength >= 0 && stored != payloadLength) {
            throw new Par4jException("shared memory " + path + " has " + stored + " payload bytes, expected "
                    + payloadLength);
        }
    }

    private static void requireName(String fileName) {
        if (fileName == null || !fileName.startsWith(ShmProperties.PREFIX) || fileName.length() > 250
                || !NAME.matcher(fileName).matches()) {
            throw new IllegalArgumentException("bad shared memory name '" + fileName
                    + "': expected " + ShmProperties.PREFIX + " followed by letters, digits, '.', '_' or '-'");
        }
    }

    /** @return the file name in the shm directory */
    public String fileName() {
        return fileName;
    }

    /** @return the payload: the mapping after the header */
    public MemorySegment payload() {
        return payload;
    }

    /** Removes the name; mappings stay valid until closed. Idempotent. */
    public void unlink() {
        unlink(fileName);
    }

    /**
     * Removes a segment's name and tells the trackers to stop watching it. Idempotent.
     *
     * @param fileName the segment's file name
     */
    public static void unlink(String fileName) {
        requireName(fileName);
        try {
            Files.deleteIfExists(ShmProperties.dir().resolve(fileName));
        } catch (IOException e) {
            throw new Par4jException("cannot unlink shared memory " + fileName + ": " + e.getMessage(), e);
        }
        ShmTrackerClient.forgetEverywhere(fileName);
    }

    /** Unmaps the segment in this process; later accesses throw {@link IllegalStateException}. */
    @Override
    public synchronized void close() {
        if (arena.scope().isAlive()) {
            arena.close();
        }
    }

    /** @return true until {@link #close()} */
    public boolean isOpen() {
        return arena.scope().isAlive();
    }

    @Override
    public String toString() {
        return fileName + " (" + payload.byteSize() + " bytes)";
    }
}
