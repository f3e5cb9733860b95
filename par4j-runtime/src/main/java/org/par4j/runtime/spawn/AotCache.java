package org.par4j.runtime.spawn;

import java.util.List;

/** The JDK AOT cache for worker JVMs. */
public final class AotCache {
    private AotCache() {
    }

    /** @return flags that make a worker use the cache, empty while there is none */
    public static List<String> flags() {
        return List.of();
    }
}
