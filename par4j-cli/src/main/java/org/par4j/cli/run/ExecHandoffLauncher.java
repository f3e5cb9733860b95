package org.par4j.cli.run;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Hands the program's command line back to {@code bin/par4j}, which then {@code exec}s it: the program
 * replaces the launcher script's process, so it gets the terminal's signals itself, its exit status is
 * the command's, a {@code kill -9} of "par4j" is a {@code kill -9} of the program, and only one JVM is
 * alive at a time. The command is written to the file named by {@value #ENV}, its words separated by
 * NUL bytes (bash: {@code mapfile -d '' -t cmd < file}).
 *
 * @param file where the command is written
 */
public record ExecHandoffLauncher(Path file) implements Launcher {
    /** The environment variable through which {@code bin/par4j} names the hand-off file. */
    public static final String ENV = "PAR4J_EXEC_FILE";

    @Override
    public int launch(RunTarget target) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (String word : target.command()) {
            if (word.indexOf('\0') >= 0) {
                throw new IllegalArgumentException("a command-line word contains a NUL byte: " + word);
            }
            bytes.writeBytes(word.getBytes(StandardCharsets.UTF_8));
            bytes.write(0);
        }
        // CREATE_NEW: never write through a file or link someone else put there
        Files.write(file, bytes.toByteArray(), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        return 0;
    }
}
