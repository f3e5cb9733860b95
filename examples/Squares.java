import java.util.List;
import org.par4j.Pool;

/**
 * The course's first Pool example: the squares of [1, 2, 3, 4, 5], computed by a pool of 4 worker
 * JVMs. Prints {@code [1, 4, 9, 16, 25]}.
 *
 * <pre>bin/par4j run examples/Squares.java</pre>
 */
public class Squares {
    public static void main(String[] args) {
        try (Pool pool = Pool.processes(4)) {
            List<Integer> result = pool.map(x -> x * x, List.of(1, 2, 3, 4, 5));
            System.out.println(result);
        }
    }
}
