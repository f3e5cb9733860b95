package org.par4j.mpi.spi;

import java.util.Comparator;
import java.util.ServiceLoader;
import org.par4j.mpi.Comm;

/**
 * An implementation of {@link Comm}, found with {@link ServiceLoader}: the pure-Java engine
 * ({@code par4j-mpi}, name {@code "java"}) or a binding to an installed MPI library. The system property
 * {@code par4j.mpi.provider} picks one by name; otherwise the available provider with the highest
 * {@link #priority()} wins.
 */
public interface CommProvider {

    /** @return the provider's name, for {@code par4j.mpi.provider} */
    String name();

    /** @return preference among available providers; higher wins */
    int priority();

    /** @return whether this provider can run here (its library found, its launcher's environment present) */
    boolean isAvailable();

    /** @return the world communicator of this process, set up on first call */
    Comm world();

    /**
     * @return the provider chosen for this JVM
     * @throws IllegalStateException if none is on the class path, or the named one is not
     */
    static CommProvider get() {
        return Holder.INSTANCE;
    }

    /** Chooses the provider once, on first use. */
    final class Holder {
        private static final CommProvider INSTANCE = choose();

        private Holder() {
        }

        private static CommProvider choose() {
            String wanted = System.getProperty("par4j.mpi.provider");
            var all = ServiceLoader.load(CommProvider.class).stream().map(ServiceLoader.Provider::get).toList();
            if (wanted != null) {
                return all.stream().filter(p -> p.name().equals(wanted)).findFirst().orElseThrow(() ->
                        new IllegalStateException("no message-passing provider named '" + wanted + "' on the class path; found "
                                + all.stream().map(CommProvider::name).toList()));
            }
            return all.stream().filter(CommProvider::isAvailable).max(Comparator.comparingInt(CommProvider::priority))
                    .orElseThrow(() -> new IllegalStateException(
                            "no message-passing provider on the class path: add par4j-mpi next to par4j-api"));
        }
    }
}
