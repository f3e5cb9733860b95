package org.par4j.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * {@code --out DIR}: where a bench command leaves its table ({@code NAME.txt}), figures
 * ({@code NAME.json}) and plots ({@code NAME-*.png|svg}) for {@code par4j bench report DIR}.
 */
public final class BenchOutputOptions {
    @Option(names = "--out", paramLabel = "DIR",
            description = "Also write the table, JSON and plots into DIR (for par4j bench report DIR).")
    private Path out;

    /** @return the output folder, or null when not asked for */
    public Path dir() {
        return out;
    }

    /**
     * @param name the bench's name
     * @param table the printed table
     * @return the base path for plots ({@code DIR/NAME}), or null without {@code --out}
     */
    public Path writeTable(String name, String table) {
        if (out == null) {
            return null;
        }
        try {
            Files.createDirectories(out);
            Files.writeString(out.resolve(name + ".txt"), table);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write results into " + out, e);
        }
        return out.resolve(name);
    }
}
