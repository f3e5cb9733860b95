package org.par4j.launch;

import java.util.ServiceLoader;

/** Finds launchers by name among the {@link RankLauncher}s on the class path. */
public final class RankLaunchers {
    private RankLaunchers() {
    }

    /**
     * @param name e.g. {@code "local"}
     * @return the launcher
     * @throws IllegalArgumentException if none has that name
     */
    public static RankLauncher byName(String name) {
        var all = ServiceLoader.load(RankLauncher.class).stream().map(ServiceLoader.Provider::get).toList();
        return all.stream().filter(l -> l.name().equals(name)).findFirst().orElseThrow(() -> new IllegalArgumentException(
                "no launcher named '" + name + "'; available: " + all.stream().map(RankLauncher::name).toList()));
    }
}
