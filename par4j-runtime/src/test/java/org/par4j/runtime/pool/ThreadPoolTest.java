package org.par4j.runtime.pool;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.par4j.Pool;
import org.par4j.PoolBuilder;
import org.par4j.SerializableCallable;

/** The pool contract on the thread backend. */
class ThreadPoolTest extends PoolContractTest {

    @Override
    PoolBuilder builder(int workers) {
        return Pool.builder().threads(workers);
    }

    @Override
    SerializableCallable<Long> workerIdentity() {
        return () -> Thread.currentThread().threadId();
    }

    @Test
    void shouldRunTasksOnPoolThreads() {
        try (Pool pool = pool(2)) {
            assertThat(pool.isProcessPool()).isFalse();
            assertThat(pool.workers()).isEqualTo(2);
            List<String> names = pool.map(x -> Thread.currentThread().getName(), range(20), 1);
            assertThat(names).allMatch(n -> n.startsWith("par4j-pool-thread-"));
        }
    }
}
