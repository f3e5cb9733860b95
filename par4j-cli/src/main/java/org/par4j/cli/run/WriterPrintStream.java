package org.par4j.cli.run;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * A {@link PrintStream} over a command's {@link PrintWriter}, for code that writes to streams (the rank
 * launcher) under a CLI whose output may be redirected (tests, embedding). Bytes are decoded as UTF-8
 * a whole line at a time, so a character is never cut in two.
 */
final class WriterPrintStream extends OutputStream {
    private final PrintWriter writer;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream(256);

    private WriterPrintStream(PrintWriter writer) {
        this.writer = writer;
    }

    /**
     * @param writer where the text goes
     * @return a print stream writing into it
     */
    static PrintStream over(PrintWriter writer) {
        return new PrintStream(new WriterPrintStream(writer), true, StandardCharsets.UTF_8);
    }

    @Override
    public synchronized void write(int b) {
        line.write(b);
        if (b == '\n') {
            drain();
        }
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) {
        for (int i = off; i < off + len; i++) {
            write(b[i]);
        }
    }

    @Override
    public synchronized void flush() {
        writer.flush();
    }

    @Override
    public synchronized void close() {
        drain();
        writer.flush();
    }

    private void drain() {
        writer.write(line.toString(StandardCharsets.UTF_8));
        writer.flush();
        line.reset();
    }
}
