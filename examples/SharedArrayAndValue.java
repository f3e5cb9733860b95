import java.util.Arrays;
import org.par4j.JvmProcess;
import org.par4j.SharedInt;
import org.par4j.SharedIntArray;

/**
 * The course's {@code square_list} with shared memory: a child process writes the squares of
 * [1, 2, 3, 4] into a shared array and their sum into a shared value, and the main program sees
 * both, because they live in shared memory rather than in the child's heap.
 *
 * <pre>bin/par4j run examples/SharedArrayAndValue.java</pre>
 */
public class SharedArrayAndValue {

    static void squareList(int[] mylist, SharedIntArray result, SharedInt squareSum) {
        for (int i = 0; i < mylist.length; i++) {
            result.set(i, mylist[i] * mylist[i]);
        }
        squareSum.set(Arrays.stream(result.toArray()).sum());
        System.out.println("Result(in process p1): " + Arrays.toString(result.toArray()));
        System.out.println("Sum of squares(in process p1): " + squareSum.get());
    }

    public static void main(String[] args) throws InterruptedException {
        int[] mylist = {1, 2, 3, 4};
        SharedIntArray result = SharedIntArray.create(4);   // multiprocessing.Array('i', 4)
        SharedInt squareSum = SharedInt.create(0);          // multiprocessing.Value('i')

        JvmProcess p1 = new JvmProcess("p1", () -> squareList(mylist, result, squareSum)).start();
        p1.join();

        System.out.println("Result(in main program): " + Arrays.toString(result.toArray()));
        System.out.println("Sum of squares(in main program): " + squareSum.get());
    }
}
