import org.par4j.JvmProcess;
import org.par4j.SharedDoubleArray;

/**
 * The course's shared numpy array: a shared array of 1,000,000 doubles holding 0, 1, 2, ...; a child
 * process sums them and writes the sum into element 0, which the main program reads without any copy
 * crossing between the processes.
 *
 * <pre>bin/par4j run examples/SharedNumbers.java</pre>
 */
public class SharedNumbers {

    static void f(SharedDoubleArray npa) {
        double sum = 0;
        for (long i = 0; i < npa.length(); i++) {
            sum += npa.get(i);
        }
        npa.set(0, sum);                                     // npa[0] = npa.sum()
    }

    public static void main(String[] args) throws InterruptedException {
        int n = 1_000_000;
        SharedDoubleArray cta = SharedDoubleArray.create(n);  // sharedctypes.Array(c_double, numpy.arange(1e6))
        for (int i = 0; i < n; i++) {
            cta.set(i, i);
        }
        JvmProcess p1 = new JvmProcess("p1", () -> f(cta)).start();
        p1.join();
        System.out.printf("npa[0] = %.1f (expected %.1f)%n", cta.get(0), (double) n * (n - 1) / 2);
        System.out.printf("npa[1..4] = %.1f %.1f %.1f %.1f%n", cta.get(1), cta.get(2), cta.get(3), cta.get(4));
    }
}
