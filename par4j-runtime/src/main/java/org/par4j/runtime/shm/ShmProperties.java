package org.par4j.runtime.shm;

import java.nio.file.Path;

/** The {@code par4j.shm.*} system properties, each with its default. */
public final class ShmProperties {
    /** {@code par4j.shm.dir}: where segments live; default {@code /dev/shm}. */
    public static final String DIR = "par4j.shm.dir";
    /** {@code par4j.shm.trackerPollMillis}: how often the tracker checks owners' liveness; default 200. */
    public static final String TRACKER_POLL_MILLIS = "par4j.shm.trackerPollMillis";
    /** Prefix of every segment's file name. */
    public static final String PREFIX = "par4j-";

    private ShmProperties() {
    }

    /** @return the directory segments live in */
    public static Path dir() {
        return Path.of(System.getProperty(DIR, "/dev/shm"));
    }

    /** @return the tracker's liveness poll interval in milliseconds */
    public static long trackerPollMillis() {
        return Long.getLong(TRACKER_POLL_MILLIS, 200);
    }
}
