package org.par4j.cli.run;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import org.par4j.runtime.spawn.JvmCommand;

/**
 * Turns what follows {@code par4j run} into a {@link RunTarget}: a {@code .java} file (compiled into the
 * cache, see {@link SourceCompiler}), an application jar (its manifest's {@code Main-Class}), or a main
 * class name (found on {@code -cp}, or in the current directory when none is given). The class path is
 * par4j's own jars, then the program's entries, so that worker JVMs started by the program load the
 * same classes, lambdas included.
 */
public final class TargetResolver {
    private static final Pattern CLASS_NAME =
            Pattern.compile("\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*"
                    + "(\\.\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*)*");
    private final List<String> par4jClassPath;
    private final Path cacheRoot;
    private final String par4jVersion;

    /**
     * @param par4jClassPath par4j's jars (this JVM's class path)
     * @param cacheRoot where compiled source files are cached
     * @param par4jVersion part of the cache key
     */
    public TargetResolver(List<String> par4jClassPath, Path cacheRoot, String par4jVersion) {
        this.par4jClassPath = List.copyOf(par4jClassPath);
        this.cacheRoot = cacheRoot;
        this.par4jVersion = par4jVersion;
    }

    /**
     * @param what a {@code .java} file, a {@code .jar} file or a main class name
     * @param userClassPath extra class path entries ({@code -cp}), possibly empty
     * @param jvmFlags options for the program's JVM
     * @param args the program's arguments
     * @param err where compiler messages go
     * @return the prepared program
     * @throws IllegalArgumentException if {@code what} names no file or class, or a jar has no Main-Class
     * @throws CompileFailedException if a source file does not compile
     * @throws IOException if a file cannot be read
     */
    public RunTarget resolve(String what, List<String> userClassPath, List<String> jvmFlags, List<String> args,
            PrintWriter err) throws CompileFailedException, IOException {
        List<String> cp = new ArrayList<>();
        String main;
        if (what.endsWith(".java")) {
            Path source = existingFile(what);
            List<String> compileCp = new ArrayList<>(par4jClassPath);
            compileCp.addAll(userClassPath);
            SourceCompiler.Compiled compiled =
                    new SourceCompiler(cacheRoot, par4jVersion, compileCp).compile(source, err);
            cp.add(compiled.classes().toString());
            main = compiled.mainClass();
        } else if (what.endsWith(".jar")) {
            Path jar = existingFile(what);
            cp.add(jar.toAbsolutePath().toString());
            main = mainClassOf(jar);
        } else if (CLASS_NAME.matcher(what).matches()) {
            main = what;
            if (userClassPath.isEmpty()) {
                cp.add(Path.of("").toAbsolutePath().toString());
            }
        } else {
            throw new IllegalArgumentException("'" + what + "' is not a .java file, a .jar file or a class name");
        }
        cp.addAll(userClassPath);
        List<String> flags = new ArrayList<>(RunTarget.DEFAULT_JVM_FLAGS);
        flags.addAll(jvmFlags);
        return new RunTarget(JvmCommand.javaBinary(), flags, par4jClassPath, cp, main, args);
    }

    private static Path existingFile(String name) {
        Path p = Path.of(name);
        if (!Files.isRegularFile(p)) {
            throw new IllegalArgumentException("no such file: " + name);
        }
        return p;
    }

    private static String mainClassOf(Path jar) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            String main = file.getManifest() == null ? null
                    : file.getManifest().getMainAttributes().getValue(Attributes.Name.MAIN_CLASS);
            if (main == null || main.isBlank()) {
                throw new IllegalArgumentException(jar + " has no Main-Class in its manifest:"
                        + " run it as par4j run -cp " + jar + " MAIN-CLASS");
            }
            return main.strip();
        }
    }
}
