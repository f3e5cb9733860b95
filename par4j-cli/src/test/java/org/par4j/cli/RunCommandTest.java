package org.par4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunCommandTest {
    @TempDir
    Path dir;

    private Path source(String name, String code) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, code);
        return file;
    }

    private CliRunner cli() {
        return new CliRunner(dir);
    }

    @Test
    void shouldCompileAndRunSourceFileWithArguments() throws Exception {
        Path hello = source("Hello.java", """
                public class Hello {
                    public static void main(String[] args) {
                        System.out.println("hello " + String.join(",", args));
                    }
                }
                """);
        CliRunner.Result r = cli().run("run", hello.toString(), "a", "--b", "-c");
        assertThat(r.status()).isZero();
        assertThat(r.out()).isEqualTo("hello a,--b,-c\n");
    }

    @Test
    void shouldPropagateExitStatus() throws Exception {
        Path exit = source("Exit.java", """
                public class Exit {
                    public static void main(String[] args) {
                        System.exit(Integer.parseInt(args[0]));
                    }
                }
                """);
        assertThat(cli().run("run", exit.toString(), "3").status()).isEqualTo(3);
        assertThat(cli().run("run", exit.toString(), "0").status()).isZero();
    }

    @Test
    void shouldExitOneWithStackTraceOnUncaughtException() throws Exception {
        Path boom = source("Boom.java", """
                public class Boom {
                    public static void main(String[] args) {
                        throw new IllegalStateException("boom from the program");
                    }
                }
                """);
        CliRunner.Result r = cli().run("run", boom.toString());
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.err()).contains("java.lang.IllegalStateException: boom from the program").contains("Boom.main");
    }

    @Test
    void shouldPrintJavacMessagesAndExitOneOnCompileError() throws Exception {
        Path bad = source("Bad.java", """
                public class Bad {
                    public static void main(String[] args) {
                        int x = "not an int";
                    }
                }
                """);
        CliRunner.Result r = cli().run("run", bad.toString());
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.err()).contains("Bad.java:3: error: incompatible types").contains("1 error");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void shouldReuseCachedClassesForUnchangedSource() throws Exception {
        Path hello = source("Cached.java", "public class Cached { public static void main(String[] a) {"
                + " System.out.println(\"v1\"); } }");
        assertThat(cli().run("run", hello.toString()).out()).isEqualTo("v1\n");
        Path entry = onlyCacheEntry();
        FileTime compiled = Files.getLastModifiedTime(entry.resolve("main-class"));
        assertThat(cli().run("run", hello.toString()).out()).isEqualTo("v1\n");
        assertThat(onlyCacheEntry()).isEqualTo(entry);
        assertThat(Files.getLastModifiedTime(entry.resolve("main-class"))).isEqualTo(compiled);

        Files.writeString(hello, Files.readString(hello).replace("v1", "v2"));
        assertThat(cli().run("run", hello.toString()).out()).isEqualTo("v2\n");
    }

    private Path onlyCacheEntry() throws Exception {
        try (Stream<Path> entries = Files.list(cli().cacheDir())) {
            return entries.reduce((a, b) -> {
                throw new AssertionError("more than one cache entry: " + a + ", " + b);
            }).orElseThrow();
        }
    }

    @Test
    void shouldRunFirstTopLevelClassOfPackagedSource() throws Exception {
        Path file = source("Multi.java", """
                package demo.app;
                public class Multi {
                    public static void main(String[] args) {
                        System.out.println(Helper.greet() + " from " + Multi.class.getName());
                    }
                }
                class Helper {
                    static String greet() { return "hi"; }
                    public static void main(String[] args) { System.out.println("wrong main"); }
                }
                """);
        CliRunner.Result r = cli().run("run", file.toString());
        assertThat(r.out()).isEqualTo("hi from demo.app.Multi\n");
    }

    @Test
    void shouldRunCompactSourceFileWithInstanceMain() throws Exception {
        Path file = source("Compact.java", """
                void main() {
                    IO.println("compact " + getClass().getName());
                }
                """);
        CliRunner.Result r = cli().run("run", file.toString());
        assertThat(r.status()).isZero();
        assertThat(r.out()).isEqualTo("compact Compact\n");
    }

    @Test
    void shouldRunMainClassFromClassPathAndJarByManifest() throws Exception {
        Path file = source("Tool.java", """
                package tools;
                public class Tool {
                    public static void main(String[] args) { System.out.println("tool " + args.length); }
                }
                """);
        assertThat(cli().run("run", file.toString()).status()).isZero();
        Path compiled = onlyCacheEntry().resolve("program.jar");   // the cache keeps a jar: AOT needs jars

        CliRunner.Result byName = cli().run("run", "-cp", compiled.toString(), "tools.Tool", "x", "y");
        assertThat(byName.status()).isZero();
        assertThat(byName.out()).isEqualTo("tool 2\n");

        Path jar = dir.resolve("tool.jar");
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "tools.Tool");
        try (OutputStream os = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(os, manifest)) {
            out.putNextEntry(new JarEntry("tools/Tool.class"));
            try (java.nio.file.FileSystem zip = java.nio.file.FileSystems.newFileSystem(compiled)) {
                out.write(Files.readAllBytes(zip.getPath("tools/Tool.class")));
            }
            out.closeEntry();
        }
        CliRunner.Result byJar = cli().run("run", jar.toString(), "z");
        assertThat(byJar.status()).isZero();
        assertThat(byJar.out()).isEqualTo("tool 1\n");
    }

    @Test
    void shouldExplainJarWithoutMainClass() throws Exception {
        Path jar = dir.resolve("lib.jar");
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        try (OutputStream os = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(os, manifest)) {
            out.putNextEntry(new JarEntry("empty.txt"));
            out.closeEntry();
        }
        CliRunner.Result r = cli().run("run", jar.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("has no Main-Class in its manifest");
    }

    @Test
    void shouldNameMissingFile() throws Exception {
        CliRunner.Result r = cli().run("run", dir.resolve("Missing.java").toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("par4j run: no such file: ").contains("Missing.java");
    }

    @Test
    void shouldRejectWhatIsNeitherFileNorClass() throws Exception {
        CliRunner.Result r = cli().run("run", "not a/class!");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("is not a .java file, a .jar file or a class name");
    }

    @Test
    void shouldPassJvmOptionsToProgram() throws Exception {
        Path file = source("Prop.java", """
                public class Prop {
                    public static void main(String[] args) { System.out.println(System.getProperty("demo.key")); }
                }
                """);
        CliRunner.Result r = cli().run("run", "-J-Ddemo.key=set", file.toString());
        assertThat(r.out()).isEqualTo("set\n");
    }

    @Test
    void shouldGiveProgramClassPathWithPar4jAndItsClasses() throws Exception {
        Path file = source("Cp.java", """
                public class Cp {
                    public static void main(String[] args) throws Exception {
                        Class.forName("org.par4j.Pool");
                        System.out.println(System.getProperty("java.class.path").contains("cache"));
                    }
                }
                """);
        CliRunner.Result r = cli().run("run", file.toString());
        assertThat(r.status()).isZero();
        assertThat(r.out()).isEqualTo("true\n");
    }

    @Test
    void shouldRejectRankOptionsWithoutRanks() throws Exception {
        Path file = source("One.java", "public class One { public static void main(String[] a) { } }");
        CliRunner.Result r = cli().run("run", "--tag-output", file.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("par4j run: --tag-output, --transport and --launcher go with -n N");
    }

    @Test
    void shouldRejectBadRankCountTransportAndLauncher() throws Exception {
        Path file = source("Two.java", "public class Two { public static void main(String[] a) { } }");
        CliRunner.Result zero = cli().run("run", "-n", "0", file.toString());
        assertThat(zero.status()).isEqualTo(2);
        assertThat(zero.err()).contains("-n needs at least 1 rank, got 0");
        CliRunner.Result transport = cli().run("run", "-n", "2", "--transport", "pigeon", file.toString());
        assertThat(transport.status()).isEqualTo(2);
        assertThat(transport.err()).contains("unknown transport 'pigeon'");
        CliRunner.Result launcher = cli().run("run", "-n", "2", "--launcher", "nowhere", file.toString());
        assertThat(launcher.status()).isEqualTo(2);
        assertThat(launcher.err()).contains("no launcher named 'nowhere'").contains("local");
    }
}
