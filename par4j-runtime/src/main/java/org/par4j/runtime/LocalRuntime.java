package org.par4j.runtime;

import org.par4j.Pool;
import org.par4j.PoolOptions;
import org.par4j.SerializableRunnable;
import org.par4j.runtime.pool.LocalPool;
import org.par4j.runtime.process.LocalProcessControl;
import org.par4j.spi.Par4jRuntime;
import org.par4j.spi.ProcessControl;

/** The single-host runtime: pools and processes on this machine. Found by {@link java.util.ServiceLoader}. */
public final class LocalRuntime implements Par4jRuntime {

    /** Used by {@link java.util.ServiceLoader}. */
    public LocalRuntime() {
    }

    @Override
    public Pool newPool(PoolOptions options) {
        return new LocalPool(options);
    }

    @Override
    public ProcessControl startProcess(String name, boolean daemon, SerializableRunnable target) {
        return LocalProcessControl.start(name, daemon, target);
    }
}
