package org.par4j.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** par4j's version, from the build ({@code version.properties}); picocli's {@code --version} text. */
public final class Par4jVersion implements IVersionProvider {
    private static final String VERSION = load();

    /** @return the version, such as {@code 0.1.0-SNAPSHOT} */
    public static String version() {
        return VERSION;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"par4j " + VERSION,
                "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ", "
                        + System.getProperty("java.home") + ")"};
    }

    private static String load() {
        try (InputStream in = Par4jVersion.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                throw new IllegalStateException("version.properties is missing from par4j-cli: rebuild it");
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
