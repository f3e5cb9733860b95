package org.par4j.runtime.spawn;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.par4j.runtime.testing.Timeouts;

class AotCacheTest {

    /** A main class for the child JVMs below. */
    public static final class SayOk {
        private SayOk() {
        }

        /** @param args ignored */
        public static void main(String[] args) {
            System.out.println("ok");
        }
    }

    @Test
    void shouldHaveNoCacheForNonEmptyDirectoryOnClassPath(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("A.class"), "x");
        assertThat(AotCache.key(dir.toString())).isNull();
    }

    @Test
    void shouldChangeKeyWhenJarChanges(@TempDir Path dir) throws Exception {
        Path jar = dir.resolve("a.jar");
        Files.writeString(jar, "one");
        String first = AotCache.key(jar + File.pathSeparator + dir.resolve("missing.jar"));
        assertThat(first).isNotNull().isEqualTo(AotCache.key(jar + File.pathSeparator + dir.resolve("missing.jar")));
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() - 10_000));
        assertThat(AotCache.key(jar + File.pathSeparator + dir.resolve("missing.jar"))).isNotEqualTo(first);
    }

    @Test
    void shouldUseCacheUnlessOptionsManageClassDataSharing(@TempDir Path dir) throws Exception {
        Path cache = Files.writeString(dir.resolve("c.aot"), "cache");
        assertThat(AotCache.flags(List.of("-Xmx1g"), cache)).contains("-XX:AOTCache=" + cache, "-Xlog:aot=off");
        assertThat(AotCache.flags(List.of("-Xmx1g", "-Xshare:off"), cache)).isEmpty();
        assertThat(AotCache.flags(List.of("-XX:SharedArchiveFile=/tmp/x.jsa"), cache)).isEmpty();
        assertThat(AotCache.flags(List.of(), null)).isEmpty();
    }

    @Test
    void shouldIgnoreCorruptCacheSilently(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.aot");
        Files.write(bad, new byte[4096]);
        List<String> cmd = new ArrayList<>(List.of(JvmCommand.javaBinary().toString(), "-Xlog:aot=off", "-Xlog:cds=off",
                "-XX:AOTCache=" + bad, "-cp", JvmCommand.classPath(), SayOk.class.getName()));
        Process p = new ProcessBuilder(cmd).start();
        assertThat(p.waitFor(Timeouts.seconds(30).toMillis(), TimeUnit.MILLISECONDS)).isTrue();
        assertThat(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("ok\n");
        assertThat(new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8)).isEmpty();
        assertThat(p.exitValue()).isZero();
    }

    @Test
    void shouldRunTrainingWorkloadToCompletion() throws Exception {
        Process p = new ProcessBuilder(JvmCommand.javaBinary().toString(), "-cp", JvmCommand.classPath(),
                AotTraining.class.getName()).redirectErrorStream(true).start();
        assertThat(p.waitFor(Timeouts.seconds(60).toMillis(), TimeUnit.MILLISECONDS)).isTrue();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(out).isZero();
    }
}
