package org.par4j.cli.run;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles a single source file with javac in this JVM, into a cache directory keyed by the SHA-256 of
 * the file's name and content, the par4j version and the JDK version: {@code <cache>/<key>/program.jar}
 * and {@code <cache>/<key>/main-class}. A jar, not a folder of classes: worker JVMs started by the
 * program get an AOT cache only when their class path is made of jars (a JDK rule), and that cuts their
 * start-up. A second run of an unchanged file compiles nothing. The main
 * class is the first top-level class of the file, as for {@code java File.java}; a compact source file
 * (top-level {@code void main()}) gets the class named after the file.
 *
 * <p>Safe when several runs compile the same file at once: each compiles into its own temporary
 * directory, renamed into place atomically; the loser of the race uses the winner's.
 */
public final class SourceCompiler {
    private static final String MAIN_FILE = "main-class";
    /** The compiled classes, as a jar: worker JVMs get an AOT cache only for class paths of jars. */
    private static final String JAR_FILE = "program.jar";
    private final Path cacheRoot;
    private final String par4jVersion;
    private final List<String> classPath;

    /**
     * @param cacheRoot where compiled files are cached
     * @param par4jVersion part of the cache key: a new par4j recompiles
     * @param classPath what the source is compiled against (par4j's jars, the user's entries)
     */
    public SourceCompiler(Path cacheRoot, String par4jVersion, List<String> classPath) {
        this.cacheRoot = cacheRoot;
        this.par4jVersion = par4jVersion;
        this.classPath = List.copyOf(classPath);
    }

    /**
     * The classes of one source file and the class to run.
     *
     * @param classes the jar of compiled classes to add to the class path
     * @param mainClass the binary name of the main class
     */
    public record Compiled(Path classes, String mainClass) {
    }

    /**
     * @param source a {@code .java} file
     * @param err where javac's messages go, in javac's format
     * @return the compiled classes, from the cache when unchanged
     * @throws CompileFailedException if javac reported errors (already printed to {@code err})
     * @throws IOException if the file or cache cannot be read or written
     */
    public Compiled compile(Path source, PrintWriter err) throws CompileFailedException, IOException {
        byte[] content = Files.readAllBytes(source);
        Path entry = cacheRoot.resolve(key(source.getFileName().toString(), content));
        Path mainFile = entry.resolve(MAIN_FILE);
        if (!Files.isRegularFile(mainFile)) {
            Files.createDirectories(cacheRoot);
            Path tmp = Files.createTempDirectory(cacheRoot, entry.getFileName() + ".tmp-");
            try {
                String main = javac(source, tmp.resolve("classes"), err);
                jar(tmp.resolve("classes"), tmp.resolve(JAR_FILE));
                deleteTree(tmp.resolve("classes"));
                Files.writeString(tmp.resolve(MAIN_FILE), main);
                try {
                    Files.move(tmp, entry, StandardCopyOption.ATOMIC_MOVE);
                } catch (FileAlreadyExistsException | DirectoryNotEmptyException anotherRunWon) {
                    // the same file was compiled meanwhile: use that copy
                }
            } finally {
                deleteTree(tmp);
            }
        }
        return new Compiled(entry.resolve(JAR_FILE), Files.readString(mainFile).strip());
    }

    private String javac(Path source, Path classes, PrintWriter err) throws CompileFailedException, IOException {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) {
            throw new IOException("no Java compiler in " + System.getProperty("java.home")
                    + ": par4j run FILE.java needs a JDK, not a JRE");
        }
        Files.createDirectories(classes);
        try (StandardJavaFileManager files = compiler.getStandardFileManager(null, Locale.getDefault(),
                StandardCharsets.UTF_8)) {
            List<String> options = List.of("-d", classes.toString(), "-classpath",
                    String.join(File.pathSeparator, classPath), "-proc:none", "-encoding", "UTF-8");
            JavacTask task = (JavacTask) compiler.getTask(err, files, null, options, null,
                    files.getJavaFileObjects(source));
            AtomicReference<String> main = new AtomicReference<>();
            task.addTaskListener(new TaskListener() {
                @Override
                public void finished(TaskEvent e) {
                    if (e.getKind() == TaskEvent.Kind.PARSE && main.get() == null) {
                        main.set(firstClass(e.getCompilationUnit(), source));
                    }
                }
            });
            boolean ok = task.call();
            err.flush();
            if (!ok) {
                throw new CompileFailedException(source);
            }
            return main.get();
        }
    }

    private static String firstClass(CompilationUnitTree unit, Path source) {
        String pkg = unit.getPackageName() == null ? "" : unit.getPackageName() + ".";
        for (Tree t : unit.getTypeDecls()) {
            if (t instanceof ClassTree c && !c.getSimpleName().isEmpty()) {
                return pkg + c.getSimpleName();
            }
        }
        String file = source.getFileName().toString();
        return pkg + file.substring(0, file.length() - ".java".length());
    }

    private String key(String fileName, byte[] content) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String part : List.of(fileName, par4jVersion, Runtime.version().toString(), JAR_FILE)) {
                sha.update(part.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            sha.update(content);
            return HexFormat.of().formatHex(sha.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }

    /** Packs the class files under {@code classes} into {@code jar}, paths relative to {@code classes}. */
    private static void jar(Path classes, Path jar) throws IOException {
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
                Stream<Path> files = Files.walk(classes)) {
            for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
                out.putNextEntry(new JarEntry(classes.relativize(f).toString().replace('\\', '/')));
                Files.copy(f, out);
                out.closeEntry();
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
