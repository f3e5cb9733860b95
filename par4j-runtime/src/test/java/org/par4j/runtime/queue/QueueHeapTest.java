package org.par4j.runtime.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.par4j.JvmProcess;
import org.par4j.Queue;
import org.par4j.runtime.testkit.Timeouts;

/** Ten million messages through a queue between two processes leave the consumer's heap where it was. */
class QueueHeapTest {

    @Test
    void shouldMoveTenMillionMessagesWithoutHeapGrowth() throws Exception {
        int total = 10_000_000;
        Queue<Long> q = Queue.create();
        JvmProcess producer = new JvmProcess(() -> {
            for (long i = 0; i < total; i++) {
                q.put(i);
            }
        }).start();
        long sum = 0;
        long heapAfterWarmUp = 0;
        for (int i = 0; i < total; i++) {
            sum += q.get();
            if (i == 1_000_000) {
                heapAfterWarmUp = usedHeapAfterGc();
            }
        }
        long heapAtEnd = usedHeapAfterGc();
        assertThat(sum).isEqualTo((long) total * (total - 1) / 2);
        assertThat(heapAtEnd - heapAfterWarmUp).as("heap growth over 9 million messages").isLessThan(4L << 20);
        assertThat(q.isEmpty()).isTrue();
        assertThat(producer.join(Timeouts.scaled(Duration.ofSeconds(120)))).isTrue();
    }

    private static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
