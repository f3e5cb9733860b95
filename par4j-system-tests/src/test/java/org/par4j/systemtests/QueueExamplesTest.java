package org.par4j.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The queue example runs through the par4j command and prints what the course shows. */
class QueueExamplesTest {
    @TempDir
    Path dir;

    @Test
    void shouldPrintTheSquaresTheFirstProcessPutThenTheEmptyQueue() throws Exception {
        Par4jCli.Result r = Par4jCli.inProcess(dir, 180, "run", Par4jCli.EXAMPLES.resolve("QueueDemo.java").toString());
        assertThat(r.status()).as("exit status; stderr:%n%s", r.err()).isZero();
        assertThat(r.out()).isEqualTo("Queue elements:\n1\n4\n9\n16\nQueue is now empty!\n");
    }
}
