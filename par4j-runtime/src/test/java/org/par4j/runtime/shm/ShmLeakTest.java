package org.par4j.runtime.shm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.par4j.Lock;
import org.par4j.SharedDoubleArray;
import org.par4j.runtime.sync.SharedMutex;
import org.par4j.runtime.testkit.ChildJvm;
import org.par4j.runtime.testkit.Timeouts;

/** A hang fails the test (in its own thread) instead of the build. */
@Timeout(value = 5, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ShmLeakTest {

    @Test
    void shouldLeaveNoSegmentAfterKillOfCreatorAndChild() throws Exception {
        Path handles = Files.createTempFile("par4j-handles", ".bin");
        Path attached = Files.createTempFile("par4j-attached", ".flag");
        Files.delete(attached);
        try (ChildJvm creator = ChildJvm.start(Creator.class, handles.toString())) {
            String prefix = "par4j-" + creator.pid() + "-";
            Timeouts.awaitTrue("the creator's handles", Duration.ofSeconds(60),
                    () -> fileSize(handles) > 0 || !creator.isAlive());
            assertThat(fileSize(handles)).as(creator.output()).isPositive();
            Object[] objects = readHandles(handles);
            assertThat(segments(prefix)).hasSize(2);
            long tracker = trackerPid(segments(prefix).getFirst());
            assertThat(ProcessHandle.of(tracker)).as("the tracker process").isPresent();
            try (ChildJvm user = ChildJvm.start(User.class, (java.io.Serializable) objects[0],
                    (java.io.Serializable) objects[1], attached.toString())) {
                Timeouts.awaitTrue("the user attached", Duration.ofSeconds(60), () -> Files.exists(attached));
                creator.kill9();
                // The user still maps them: the tracker must keep them.
                Thread.sleep(3 * ShmProperties.trackerPollMillis());
                assertThat(segments(prefix)).as(user.output()).hasSize(2);
                user.kill9();
                Timeouts.awaitTrue("segments of killed processes unlinked", Duration.ofSeconds(20),
                        () -> segments(prefix).isEmpty());
                Timeouts.awaitTrue("the tracker exits with its program", Duration.ofSeconds(20),
                        () -> ProcessHandle.of(tracker).map(p -> !p.isAlive()).orElse(true));
            }
        } finally {
            Files.deleteIfExists(handles);
            Files.deleteIfExists(attached);
        }
    }

    @Test
    void shouldLeaveNoSegmentAfterNormalExitOfACreatorThatNeverUnlinks() throws Exception {
        Path handles = Files.createTempFile("par4j-handles", ".bin");
        try (ChildJvm creator = ChildJvm.start(Creator.class, handles.toString(), "exit")) {
            String prefix = "par4j-" + creator.pid() + "-";
            creator.assertSucceeds(Duration.ofSeconds(60));
            Timeouts.awaitTrue("segments of an exited creator unlinked", Duration.ofSeconds(20),
                    () -> segments(prefix).isEmpty());
        } finally {
            Files.deleteIfExists(handles);
        }
    }

    @Test
    void shouldHandSegmentsToANewTrackerWhenTheTrackerIsKilled() throws Exception {
        try (ChildJvm child = ChildJvm.start(TrackerKiller.class)) {
            String prefix = "par4j-" + child.pid() + "-";
            child.assertSucceeds(Duration.ofSeconds(60));
            assertThat(child.output()).contains("created after the tracker was killed");
            Timeouts.awaitTrue("segments of the exited child unlinked by the new tracker", Duration.ofSeconds(20),
                    () -> segments(prefix).isEmpty());
        }
    }

    @Test
    void shouldSweepStaleSegmentWhoseCreatorAndTrackerAreDead() throws Exception {
        Path stale = ShmProperties.dir().resolve("par4j-stale-" + System.nanoTime());
        try (FileChannel ch = FileChannel.open(stale, StandardOpenOption.CREATE_NEW, StandardOpenOption.READ,
                StandardOpenOption.WRITE); Arena arena = Arena.ofConfined()) {
            MemorySegment whole = ch.map(FileChannel.MapMode.READ_WRITE, 0, 128, arena);
            ProcessIdentity dead = new ProcessIdentity(Integer.MAX_VALUE, 1);
            SegmentHeaderDescriptor.write(whole, SegmentLayout.MEMORY, 64, dead, dead);
        }
        Path live = ShmProperties.dir().resolve(((SharedMutex) Lock.create()).segmentName());
        FileTime old = FileTime.from(Instant.now().minus(Duration.ofMinutes(5)));
        // headerless and old: a creator killed while writing its header (dead pid in our name pattern) ...
        Path torn = ShmProperties.dir().resolve("par4j-" + Integer.MAX_VALUE + "-1-abcde-array");
        Files.write(torn, new byte[16]);
        Files.setLastModifiedTime(torn, old);
        // ... and someone else's headerless file, which is not ours to remove
        Path foreign = ShmProperties.dir().resolve("par4j-" + System.nanoTime() + "-0to1");
        Files.write(foreign, new byte[128]);
        Files.setLastModifiedTime(foreign, old);
        try {
            StaleSegmentJanitor.sweep(ShmProperties.dir(), new ProcessIdentity(Integer.MAX_VALUE - 1, 1));
            assertThat(Files.exists(stale)).isFalse();
            assertThat(Files.exists(torn)).isFalse();
            assertThat(Files.exists(live)).isTrue();
            assertThat(Files.exists(foreign)).isTrue();
        } finally {
            Files.deleteIfExists(torn);
            Files.deleteIfExists(foreign);
        }
    }

    private static long trackerPid(Path segment) throws IOException {
        try (FileChannel ch = FileChannel.open(segment, StandardOpenOption.READ); Arena arena = Arena.ofConfined()) {
            MemorySegment header = ch.map(FileChannel.MapMode.READ_ONLY, 0, SegmentHeaderDescriptor.HEADER_LENGTH, arena);
            return SegmentHeaderDescriptor.tracker(header).pid();
        }
    }

    private static long fileSize(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return 0;
        }
    }

    private static List<Path> segments(String prefix) {
        try (Stream<Path> s = Files.list(ShmProperties.dir())) {
            return s.filter(p -> p.getFileName().toString().startsWith(prefix)).toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object[] readHandles(Path file) throws Exception {
        try (ObjectInputStream in = new ObjectInputStream(Files.newInputStream(file))) {
            return (Object[]) in.readObject();
        }
    }

    /** Creates a lock and an array, writes their handles to a file, then sleeps (or exits). */
    public static final class Creator {
        private Creator() {
        }

        public static void main(String[] args) throws Exception {
            Object[] handles = {Lock.create(), SharedDoubleArray.create(1000)};
            String target = ChildJvm.decode(args[0]);
            Path tmp = Path.of(target + ".tmp");
            try (ObjectOutputStream out = new ObjectOutputStream(Files.newOutputStream(tmp))) {
                out.writeObject(handles);
            }
            Files.move(tmp, Path.of(target), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            if (args.length == 1) {
                Thread.sleep(Duration.ofMinutes(10));
            }
        }
    }

    /** Creates a lock, kills the tracker with SIGKILL, creates another lock, exits. */
    public static final class TrackerKiller {
        private TrackerKiller() {
        }

        public static void main(String[] args) throws Exception {
            SharedMutex first = (SharedMutex) Lock.create();
            long tracker = trackerPid(ShmProperties.dir().resolve(first.segmentName()));
            ProcessHandle handle = ProcessHandle.of(tracker).orElseThrow();
            handle.destroyForcibly();
            handle.onExit().get();
            Lock second = Lock.create();
            second.lock();
            first.lock();
            System.out.println("created after the tracker was killed: " + second);
        }
    }

    /** Attaches both, flags it, then sleeps until killed. */
    public static final class User {
        private User() {
        }

        public static void main(String[] args) throws Exception {
            Lock lock = ChildJvm.decode(args[0]);
            SharedDoubleArray a = ChildJvm.decode(args[1]);
            lock.lock();
            a.set(0, 1.0);
            lock.unlock();
            Files.createFile(Path.of(ChildJvm.<String>decode(args[2])));
            Thread.sleep(Duration.ofMinutes(10));
        }
    }
}
