package org.par4j.cli.run;

import java.nio.file.Path;

/** A source file did not compile; javac's messages have been printed already. */
public final class CompileFailedException extends Exception {
    private static final long serialVersionUID = 1L;

    /** @param source the file that failed */
    public CompileFailedException(Path source) {
        super("compilation of " + source + " failed");
    }
}
