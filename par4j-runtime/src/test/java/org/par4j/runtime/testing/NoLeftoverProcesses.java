package org.par4j.runtime.testing;

import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.par4j.runtime.shm.ShmTrackerMain;

/**
 * Fails a test that leaves a child process of this JVM running (after a grace period for workers
 * that are exiting), and kills what it finds so later tests start clean. The shared-memory tracker is
 * not a leftover: it is meant to outlive the processes that use segments (and exits after them).
 */
public final class NoLeftoverProcesses implements AfterEachCallback {

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        long deadline = System.nanoTime() + Timeouts.seconds(10).toNanos();
        List<ProcessHandle> left = descendants();
        while (!left.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
            left = descendants();
        }
        if (!left.isEmpty()) {
            String what = left.stream().map(p -> p.pid() + " " + p.info().commandLine().orElse("?")).toList().toString();
            left.forEach(ProcessHandle::destroyForcibly);
            throw new AssertionError("child processes left running after the test: " + what);
        }
    }

    /** @return this JVM's live descendants, except the shared-memory tracker */
    public static List<ProcessHandle> descendants() {
        return ProcessHandle.current().descendants().filter(ProcessHandle::isAlive)
                .filter(p -> !p.info().commandLine().orElse("").contains(ShmTrackerMain.class.getName())).toList();
    }
}
