package org.par4j.runtime.wire;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds classes by binary name for decoding: the thread's context class loader first (where user
 * classes live), then the loader of the codec itself. Lookups through the application loader (the
 * usual case: workers share the parent's class path) are cached; other loaders, which may be
 * unloaded, are asked every time. Thread-safe.
 */
final class ClassResolver {
    private static final ClassLoader OWN = ClassResolver.class.getClassLoader();
    private static final ClassLoader APP = ClassLoader.getSystemClassLoader();
    private static final Map<String, Class<?>> CACHE = new ConcurrentHashMap<>();

    private ClassResolver() {
    }

    /** @return whether classes found for this thread may be cached (its context loader is the application's) */
    static boolean caches() {
        ClassLoader tccl = Thread.currentThread().getContextClassLoader();
        return tccl == null || tccl == APP && OWN == APP;
    }

    /**
     * @param name a binary class name, arrays in {@link Class#getName()} form
     * @return the class, not initialized
     * @throws ClassNotFoundException if neither loader has it
     */
    static Class<?> load(String name) throws ClassNotFoundException {
        if (caches()) {
            Class<?> cls = CACHE.get(name);
            if (cls == null) {
                cls = Class.forName(name, false, OWN);
                CACHE.put(name, cls);
            }
            return cls;
        }
        try {
            return Class.forName(name, false, Thread.currentThread().getContextClassLoader());
        } catch (ClassNotFoundException e) {
            return Class.forName(name, false, OWN);
        }
    }
}
