package org.par4j;

import java.util.ArrayList;
import java.util.List;

/**
 * Options of a {@link Pool}.
 *
 * <pre>{@code
 * Pool pool = Pool.builder().processes(4).initializer(() -> Cache.load()).maxTasksPerChild(100).build();
 * }</pre>
 */
public final class PoolBuilder {
    private boolean processes = true;
    private int workers = Pool.usableCpus();
    private SerializableRunnable initializer;
    private int maxTasksPerChild;
    private PoolOptions.Progress progress = PoolOptions.Progress.OFF;
    private final List<String> jvmOptions = new ArrayList<>();
    private String name = "pool";

    PoolBuilder() {
    }

    /** @return this builder, set for worker JVMs, one per usable CPU */
    public PoolBuilder processes() {
        return processes(Pool.usableCpus());
    }

    /**
     * @param n number of worker JVMs
     * @return this builder
     */
    public PoolBuilder processes(int n) {
        processes = true;
        workers = n;
        return this;
    }

    /** @return this builder, set for threads, one per usable CPU */
    public PoolBuilder threads() {
        return threads(Pool.usableCpus());
    }

    /**
     * @param n number of threads
     * @return this builder
     */
    public PoolBuilder threads(int n) {
        processes = false;
        workers = n;
        return this;
    }

    /**
     * @param init run once in every worker before its first task (Python's {@code initializer})
     * @return this builder
     */
    public PoolBuilder initializer(SerializableRunnable init) {
        initializer = init;
        return this;
    }

    /**
     * @param n replace a worker after it has run this many tasks (chunks); 0 for never
     * @return this builder
     */
    public PoolBuilder maxTasksPerChild(int n) {
        maxTasksPerChild = n;
        return this;
    }

    /**
     * @param show true to always show a progress bar for map and imap, false never
     * @return this builder
     */
    public PoolBuilder progress(boolean show) {
        progress = show ? PoolOptions.Progress.ON : PoolOptions.Progress.OFF;
        return this;
    }

    /**
     * @param mode when to show a progress bar
     * @return this builder
     */
    public PoolBuilder progress(PoolOptions.Progress mode) {
        progress = mode;
        return this;
    }

    /**
     * @param options options added to every worker JVM's command line, such as {@code -Xmx2g}
     * @return this builder
     */
    public PoolBuilder jvmOptions(String... options) {
        jvmOptions.addAll(List.of(options));
        return this;
    }

    /**
     * @param poolName a name for messages and thread names
     * @return this builder
     */
    public PoolBuilder name(String poolName) {
        name = poolName;
        return this;
    }

    /** @return the options as set */
    public PoolOptions options() {
        return new PoolOptions(processes, workers, initializer, maxTasksPerChild, progress, jvmOptions, name);
    }

    /** @return a started pool */
    public Pool build() {
        return Pool.create(options());
    }
}
