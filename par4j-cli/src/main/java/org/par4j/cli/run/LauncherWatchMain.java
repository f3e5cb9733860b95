package org.par4j.cli.run;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Optional;

/**
 * The main class of a program run by {@link SingleJvmLauncher}: starts a daemon thread that ends this
 * JVM when the launcher (pid in {@value #ENV}) is gone, even after a {@code kill -9}, then runs the
 * program's own main class as the {@code java} launcher would (JDK 25 rules: {@code main(String[])}
 * before {@code main()}, static or on a new instance).
 *
 * <p>Usage: {@code java -cp ... org.par4j.cli.run.LauncherWatchMain MAIN-CLASS [ARGS...]}.
 */
public final class LauncherWatchMain {
    /** Environment variable holding the launcher's pid. */
    public static final String ENV = "PAR4J_LAUNCHER_PID";
    /** How often the launcher is looked at. */
    private static final long POLL_MILLIS = 100;
    /** Exit status when the launcher vanished: 128 + SIGHUP, as for a lost terminal. */
    private static final int ORPHANED_STATUS = 129;

    private LauncherWatchMain() {
    }

    /**
     * @param args the program's main class, then its arguments
     * @throws Throwable whatever the program's main throws, so the JVM reports it as usual
     */
    public static void main(String[] args) throws Throwable {
        if (args.length == 0) {
            throw new IllegalArgumentException("usage: LauncherWatchMain MAIN-CLASS [ARGS...]");
        }
        watchLauncher();
        Class<?> mainClass = Class.forName(args[0], false, ClassLoader.getSystemClassLoader());
        invokeMain(mainClass, Arrays.copyOfRange(args, 1, args.length));
    }

    private static void watchLauncher() {
        String pid = System.getenv(ENV);
        if (pid == null || pid.isEmpty()) {
            return;
        }
        Optional<ProcessHandle> launcher = ProcessHandle.of(Long.parseLong(pid));
        if (launcher.isEmpty()) {
            Runtime.getRuntime().halt(ORPHANED_STATUS);
        }
        Thread watch = Thread.ofPlatform().daemon().name("par4j-launcher-watch").unstarted(() -> {
            try {
                while (launcher.get().isAlive()) {
                    Thread.sleep(POLL_MILLIS);
                }
            } catch (InterruptedException e) {
                return;
            }
            // exit in another thread so that a hanging shutdown hook cannot keep the orphan alive
            Thread.ofPlatform().daemon().start(() -> System.exit(ORPHANED_STATUS));
            try {
                Thread.sleep(2_000);
            } catch (InterruptedException ignored) {
                // halting anyway
            }
            Runtime.getRuntime().halt(ORPHANED_STATUS);
        });
        watch.start();
    }

    private static void invokeMain(Class<?> type, String[] args) throws Throwable {
        Method main = findMain(type, true).or(() -> findMain(type, false)).orElseThrow(
                () -> new NoSuchMethodException("no main method in " + type.getName()
                        + ": declare void main(String[] args) or void main()"));
        main.setAccessible(true);
        Object receiver = null;
        if (!Modifier.isStatic(main.getModifiers())) {
            var constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            receiver = constructor.newInstance();
        }
        try {
            if (main.getParameterCount() == 1) {
                main.invoke(receiver, (Object) args);
            } else {
                main.invoke(receiver);
            }
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static Optional<Method> findMain(Class<?> type, boolean withArgs) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            for (Method m : c.getDeclaredMethods()) {
                boolean params = withArgs
                        ? m.getParameterCount() == 1 && m.getParameterTypes()[0] == String[].class
                        : m.getParameterCount() == 0;
                if (m.getName().equals("main") && params && !Modifier.isPrivate(m.getModifiers())) {
                    return Optional.of(m);
                }
            }
        }
        return Optional.empty();
    }
}
