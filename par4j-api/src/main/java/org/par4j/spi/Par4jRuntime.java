package org.par4j.spi;

import java.util.ServiceLoader;
import org.par4j.Pool;
import org.par4j.PoolOptions;
import org.par4j.SerializableRunnable;

/**
 * What an implementation of par4j provides; found with {@link ServiceLoader}. The single-host runtime
 * ({@code par4j-runtime}) is the one shipped.
 */
public interface Par4jRuntime {

    /**
     * @param options the pool's options
     * @return a started pool
     */
    Pool newPool(PoolOptions options);

    /**
     * Starts a worker JVM that runs {@code target} and exits.
     *
     * @param name the process's name
     * @param daemon true if it is killed when this JVM exits, false if this JVM waits for it
     * @param target what it runs
     * @return a handle on the running process
     */
    ProcessControl startProcess(String name, boolean daemon, SerializableRunnable target);

    /**
     * @return the runtime on the class path
     * @throws IllegalStateException if none is there
     */
    static Par4jRuntime get() {
        return Holder.INSTANCE;
    }

    /** Loads the runtime once, on first use. */
    final class Holder {
        private static final Par4jRuntime INSTANCE = ServiceLoader.load(Par4jRuntime.class).findFirst()
                .orElseThrow(() -> new IllegalStateException(
                        "no par4j runtime on the class path: add par4j-runtime next to par4j-api"));

        private Holder() {
        }
    }
}
