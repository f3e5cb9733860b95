package org.par4j.mpi.engine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.par4j.mpi.Comm;
import org.par4j.transport.TransportKind;

/** Test helpers: run a job as threads with a scaled timeout, and check that no ring file is left. */
final class Jobs {
    static final double FACTOR = Double.parseDouble(System.getProperty("par4j.test.timeoutFactor", "1"));

    private Jobs() {
    }

    static void run(int n, TransportKind t, Consumer<Comm> body) {
        ThreadJob.run(n, t, body, (long) (60_000 * FACTOR));
        assertNoRingFiles();
    }

    static void assertNoRingFiles() {
        try (Stream<Path> s = Files.list(Path.of("/dev/shm"))) {
            var left = s.filter(p -> p.getFileName().toString().startsWith("par4j-t" + ProcessHandle.current().pid())).toList();
            if (!left.isEmpty()) {
                throw new AssertionError("ring files left behind: " + left);
            }
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
