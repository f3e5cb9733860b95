package org.par4j.runtime.spawn;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.par4j.runtime.wire.HmacSha256;

/**
 * The JDK AOT cache (JEP 483/514) for worker JVMs: classes loaded and linked ahead of time, which
 * cuts a worker's start-up. One cache per class path and JDK, in
 * {@code ${par4j.cache.dir:-~/.cache/par4j}/aot/<hash>.aot}; the hash covers the JDK version and each
 * class path entry's path, size and modification time, so a rebuilt jar gets a new cache.
 *
 * <p>The first worker started without a cache starts a background training JVM ({@link AotTraining})
 * that writes it; later workers use it. The JDK cannot cache classes from directories, so a class
 * path with a non-empty directory gets no cache. A cache the JVM rejects (stale, truncated) is ignored
 * silently: its log tags are switched off, so a bad cache never breaks a worker or its output.
 * The folder keeps the {@code par4j.spawn.aotKeep} (8) most recently used caches ({@link AotCachePruning}).
 * Off with {@code -Dpar4j.spawn.aot=false}.
 */
public final class AotCache {
    /** Whether workers use an AOT cache ({@code par4j.spawn.aot}, default true). */
    private static final boolean ENABLED = Boolean.parseBoolean(System.getProperty("par4j.spawn.aot", "true"));
    /** Where caches live ({@code par4j.cache.dir}, default {@code ~/.cache/par4j}). */
    private static final Path CACHE_DIR = Path.of(System.getProperty("par4j.cache.dir",
            Path.of(System.getProperty("user.home"), ".cache", "par4j").toString()));
    private static final List<String> QUIET = List.of("-Xlog:aot=off", "-Xlog:cds=off");
    private static final Duration TRAINING_TIMEOUT = Duration.ofMinutes(2);
    private static final AtomicBoolean TRAINING_STARTED = new AtomicBoolean();
    private static final AtomicBoolean MARKED_USED = new AtomicBoolean();
    /** How many caches (class paths) the folder keeps, the most recently used ({@code par4j.spawn.aotKeep}). */
    private static final int KEEP = Integer.getInteger("par4j.spawn.aotKeep", 8);
    private static volatile Path cacheFile;

    private AotCache() {
    }

    /** Options the JVM refuses next to {@code -XX:AOTCache}: with one of them, no cache. */
    private static final List<String> CONFLICTING = List.of("-Xshare", "-XX:SharedArchiveFile", "-XX:AOT",
            "-XX:SharedClassListFile", "-XX:DumpLoadedClassList", "-XX:ArchiveClassesAtExit", "-XX:+AutoCreateSharedArchive");

    /**
     * @param jvmOptions the worker's other options
     * @return flags that make a worker use the cache; empty while there is none (training starts) or
     *     when the options manage class data sharing themselves
     */
    public static List<String> flags(List<String> jvmOptions) {
        return ENABLED ? flags(jvmOptions, cacheFile()) : List.of();
    }

    /**
     * @param jvmOptions the worker's other options
     * @param file the cache file for this class path, or null when it cannot have one
     * @return the flags
     */
    static List<String> flags(List<String> jvmOptions, Path file) {
        if (jvmOptions.stream().anyMatch(o -> CONFLICTING.stream().anyMatch(o::startsWith))) {
            return List.of();
        }
        if (file == null) {
            return List.of();
        }
        if (Files.isRegularFile(file)) {
            if (MARKED_USED.compareAndSet(false, true)) {
                AotCachePruning.markUsed(file);
            }
            List<String> flags = new ArrayList<>(QUIET);
            flags.add("-XX:AOTCache=" + file);
            return flags;
        }
        if (TRAINING_STARTED.compareAndSet(false, true)) {
            train(file);
        }
        return List.of();
    }

    /** @return the cache file for this JVM's class path, or null when it cannot have one */
    static Path cacheFile() {
        Path f = cacheFile;
        if (f == null) {
            String key = key(JvmCommand.classPath());
            if (key == null) {
                return null;
            }
            f = CACHE_DIR.resolve("aot").resolve(key + ".aot");
            cacheFile = f;
        }
        return f;
    }

    /** @return the cache key, or null if an entry is a non-empty directory (the JDK refuses those) */
    static String key(String classPath) {
        StringBuilder text = new StringBuilder(System.getProperty("java.vm.version")).append('|')
                .append(JvmCommand.WORKER_FLAGS);
        try {
            for (String entry : classPath.split(java.io.File.pathSeparator)) {
                Path p = Path.of(entry).toAbsolutePath();
                if (Files.isDirectory(p)) {
                    try (Stream<Path> s = Files.list(p)) {
                        if (s.findAny().isPresent()) {
                            return null;
                        }
                    }
                }
                text.append('|').append(p).append('|')
                        .append(Files.exists(p) ? Files.size(p) + "|" + Files.getLastModifiedTime(p) : "-");
            }
        } catch (IOException e) {
            return null;
        }
        // plain-Java SHA-256: the JCA would cost the first pool of this JVM tens of milliseconds
        byte[] digest = HmacSha256.sha256(text.toString().getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest, 0, 12);
    }

    /**
     * Starts the training JVM under a small shell that moves the cache into place and removes the
     * lock when it ends, so a cache is finished even if this JVM exits first. The training bounds its
     * own run time ({@link AotTraining}).
     */
    private static void train(Path file) {
        Path lock = file.resolveSibling(file.getFileName() + ".lock");
        Path tmp = file.resolveSibling(file.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
        try {
            Files.createDirectories(file.getParent());
            if (!takeLock(lock)) {
                return;
            }
            AotCachePruning.prune(file.getParent(), KEEP - 1, TRAINING_TIMEOUT.multipliedBy(2));
            List<String> cmd = new ArrayList<>(List.of("/bin/sh", "-c",
                    "\"$@\" && mv -f \"$P4J_TMP\" \"$P4J_AOT\"; rm -f \"$P4J_TMP\" \"$P4J_TMP.config\" \"$P4J_LOCK\"", "par4j-aot"));
            cmd.add(JvmCommand.javaBinary().toString());
            cmd.addAll(JvmCommand.workerFlags(List.of()));
            cmd.addAll(QUIET);
            cmd.add("-XX:AOTCacheOutput=" + tmp);
            // Classes only, no method profiles: replayed, the training's profiles had each worker compile
            // the codec and worker loop with C2 during its start-up (Pool(2) start ~13% slower).
            cmd.add("-XX:+UnlockDiagnosticVMOptions");
            cmd.add("-XX:-AOTRecordTraining");
            cmd.add("-cp");
            cmd.add(JvmCommand.classPath());
            cmd.add(AotTraining.class.getName());
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
            pb.environment().put("P4J_TMP", tmp.toString());
            pb.environment().put("P4J_AOT", file.toString());
            pb.environment().put("P4J_LOCK", lock.toString());
            pb.start();
        } catch (IOException e) {
            try {
                Files.deleteIfExists(lock);
            } catch (IOException ignored) {
                // best effort
            }
        }
    }

    private static boolean takeLock(Path lock) throws IOException {
        try {
            Files.createFile(lock);
            return true;
        } catch (java.nio.file.FileAlreadyExistsException e) {
            FileTime t = Files.getLastModifiedTime(lock);
            if (t.toInstant().isBefore(Instant.now().minus(TRAINING_TIMEOUT.multipliedBy(2)))) {
                Files.deleteIfExists(lock);
                return takeLock(lock);
            }
            return false;
        }
    }
}
