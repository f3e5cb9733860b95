package org.par4j.mpi.engine;

import java.util.stream.IntStream;
import org.par4j.mpi.Comm;
import org.par4j.mpi.spi.CommProvider;

/**
 * The pure-Java engine as a {@link CommProvider} (name {@code "java"}): wires this process from the
 * launcher's environment on first use, or runs it as a job of one rank. At exit it pushes what is still
 * queued for up to {@code par4j.mpi.finalizeMillis} (5000) ms, like MPI_Finalize.
 */
public final class JavaCommProvider implements CommProvider {
    private static final long FINALIZE_MS = Long.getLong("par4j.mpi.finalizeMillis", 5000);
    private volatile Comm world;

    @Override
    public String name() {
        return "java";
    }

    @Override
    public int priority() {
        return 10;
    }

    @Override
    public boolean isAvailable() {
        return true;
    }

    @Override
    public Comm world() {
        Comm w = world;
        if (w == null) {
            synchronized (this) {
                w = world;
                if (w == null) {
                    Engine engine = EngineBootstrap.fromEnvironment();
                    Runtime.getRuntime().addShutdownHook(new Thread(() -> engine.flush(FINALIZE_MS), "par4j-finalize"));
                    world = w = worldOf(engine);
                }
            }
        }
        return w;
    }

    /**
     * @param engine a wired engine
     * @return its world communicator
     */
    public static Comm worldOf(Engine engine) {
        return new EngineComm(engine, 0, IntStream.range(0, engine.size).toArray());
    }
}
