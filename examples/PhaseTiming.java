import java.util.List;
import java.util.stream.IntStream;
import org.par4j.Pool;
import org.par4j.timing.PhaseTimer;

/**
 * The course's "carefully think about how you time": a program in three phases — initialise, compute,
 * finalise — timed with {@link PhaseTimer}, which reports every interval between the marks (the
 * course's six timings) and the whole process since the operating system started it, JVM start-up
 * included (the seventh), each as wall time and CPU time.
 *
 * <pre>bin/par4j run examples/PhaseTiming.java</pre>
 */
public class PhaseTiming {
    public static void main(String[] args) {
        PhaseTimer timer = PhaseTimer.start();

        // initialise: start a pool of 2 worker JVMs
        Pool pool = Pool.processes(2);
        timer.mark("init");

        // compute: the sum of sqrt(i) for i < 2e8, in 8 slices
        List<Double> parts = pool.map(slice -> {
            double sum = 0;
            for (long i = slice * 25_000_000L; i < (slice + 1) * 25_000_000L; i++) {
                sum += Math.sqrt(i);
            }
            return sum;
        }, IntStream.range(0, 8).boxed().toList());
        timer.mark("compute");

        // finalise: stop the workers and print the result
        pool.close();
        System.out.printf("sum = %.6e%n", parts.stream().mapToDouble(Double::doubleValue).sum());
        timer.mark("finalize");

        System.out.print(timer.times());
    }
}
