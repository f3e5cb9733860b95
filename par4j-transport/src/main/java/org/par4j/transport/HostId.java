package org.par4j.transport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.par4j.mpi.Mpi;

/** This host's identity for choosing shared memory: host name plus the kernel's boot id. */
public final class HostId {
    private static final String ID = compute();

    private HostId() {
    }

    /** @return the host id */
    public static String get() {
        return ID;
    }

    private static String compute() {
        String boot;
        try {
            boot = Files.readString(Path.of("/proc/sys/kernel/random/boot_id")).strip();
        } catch (IOException e) {
            boot = "noboot";
        }
        return Mpi.processorName() + ":" + boot;
    }
}
