import java.util.List;
import org.par4j.JvmProcess;

/**
 * The course's fork/join example: two processes, one printing squares and one printing cubes of the
 * same numbers, started together and joined.
 *
 * <pre>bin/par4j run examples/SquareAndCube.java</pre>
 */
public class SquareAndCube {
    static void printSquares(List<Integer> numbers) {
        for (int n : numbers) {
            System.out.println("square of " + n + ": " + n * n);
        }
    }

    static void printCubes(List<Integer> numbers) {
        for (int n : numbers) {
            System.out.println("cube of " + n + ": " + n * n * n);
        }
    }

    public static void main(String[] args) throws InterruptedException {
        List<Integer> numbers = List.of(2, 3, 8, 10);
        JvmProcess p1 = new JvmProcess("squares", () -> printSquares(numbers));
        JvmProcess p2 = new JvmProcess("cubes", () -> printCubes(numbers));
        // start both, then wait until both are finished
        p1.start();
        p2.start();
        p1.join();
        p2.join();
        System.out.println("Done!");
    }
}
