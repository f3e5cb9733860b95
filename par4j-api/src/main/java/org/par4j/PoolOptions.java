package org.par4j;

import java.util.List;

/**
 * Everything that defines a pool; built by {@link PoolBuilder}.
 *
 * @param processes true for worker JVMs, false for threads
 * @param workers number of workers, at least 1
 * @param initializer run once in every worker before its first task, or null
 * @param maxTasksPerChild a worker JVM is replaced after this many tasks (chunks); 0 means never
 * @param progress show a progress bar on standard error for map and imap calls
 * @param jvmOptions extra options for worker JVMs (heap size, system properties)
 * @param name a name used in thread names, messages and progress bars
 */
public record PoolOptions(boolean processes, int workers, SerializableRunnable initializer, int maxTasksPerChild,
        Progress progress, List<String> jvmOptions, String name) {

    /** When a map or imap call shows a progress bar on standard error. */
    public enum Progress {
        /** Only when standard error is a terminal. */
        AUTO,
        /** Always. */
        ON,
        /** Never. */
        OFF
    }

    /** Checks the values. */
    public PoolOptions {
        if (workers < 1) {
            throw new IllegalArgumentException("a pool needs at least 1 worker, got " + workers);
        }
        if (maxTasksPerChild < 0) {
            throw new IllegalArgumentException("maxTasksPerChild must be >= 0, got " + maxTasksPerChild);
        }
        jvmOptions = List.copyOf(jvmOptions);
    }
}
