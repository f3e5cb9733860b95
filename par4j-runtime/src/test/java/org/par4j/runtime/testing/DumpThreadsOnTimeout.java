package org.par4j.runtime.testing;

import java.util.Map;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/** A test that timed out prints every thread's stack and this JVM's child processes before failing. */
public final class DumpThreadsOnTimeout implements TestExecutionExceptionHandler {

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable thrown) throws Throwable {
        if (thrown instanceof TimeoutException || thrown.getCause() instanceof TimeoutException) {
            StringBuilder sb = new StringBuilder("=== " + context.getDisplayName() + " timed out; threads:\n");
            for (Map.Entry<Thread, StackTraceElement[]> e : Thread.getAllStackTraces().entrySet()) {
                sb.append('"').append(e.getKey().getName()).append("\" ").append(e.getKey().getState()).append('\n');
                for (StackTraceElement el : e.getValue()) {
                    sb.append("    at ").append(el).append('\n');
                }
            }
            sb.append("children: ");
            NoLeftoverProcesses.descendants().forEach(p -> sb.append(p.pid()).append(' ')
                    .append(p.info().commandLine().orElse("?")).append('\n'));
            System.err.println(sb);
        }
        throw thrown;
    }
}
