package org.par4j.bench.jmh;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.par4j.Lock;
import org.par4j.RLock;
import org.par4j.Semaphore;

/**
 * Uncontended acquire + release of par4j's cross-process locks (target: 100 ns or less), next to
 * {@link ReentrantLock} and {@code synchronized} as in-process references. One thread, so no waiter
 * is ever woken: this is the compare-and-set + exchange fast path.
 *
 * <pre>
 * ./mvnw -q -o verify -pl par4j-bench -am -DskipTests
 * java --enable-native-access=ALL-UNNAMED -cp "$(cat par4j-bench/target/classpath)" org.openjdk.jmh.Main LockBenchmark -f 1 -wi 3 -i 5 -w 1 -r 1
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
public class LockBenchmark {
    private Lock lock;
    private RLock rlock;
    private Semaphore semaphore;
    private final ReentrantLock reentrantLock = new ReentrantLock();
    private final Object monitor = new Object();
    private long counter;

    /** Creates the shared objects once per fork. */
    @Setup
    public void setUp() {
        lock = Lock.create();
        rlock = RLock.create();
        semaphore = Semaphore.create(1);
    }

    /** @return a value so the critical section is not eliminated */
    @Benchmark
    public long par4jLock() {
        lock.lock();
        try {
            return ++counter;
        } finally {
            lock.unlock();
        }
    }

    /** @return a value so the critical section is not eliminated */
    @Benchmark
    public long par4jRLock() {
        rlock.lock();
        try {
            return ++counter;
        } finally {
            rlock.unlock();
        }
    }

    /** @return a value so the critical section is not eliminated */
    @Benchmark
    public long par4jSemaphore() throws InterruptedException {
        semaphore.acquire();
        try {
            return ++counter;
        } finally {
            semaphore.release();
        }
    }

    /** @return a value so the critical section is not eliminated */
    @Benchmark
    public long reentrantLock() {
        reentrantLock.lock();
        try {
            return ++counter;
        } finally {
            reentrantLock.unlock();
        }
    }

    /** @return a value so the critical section is not eliminated */
    @Benchmark
    public long synchronizedBlock() {
        synchronized (monitor) {
            return ++counter;
        }
    }
}
