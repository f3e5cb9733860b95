import java.util.Arrays;
import java.util.Map;
import java.util.stream.IntStream;
import org.par4j.mpi.Comm;

/**
 * The course's point-to-point examples: a dict sent as an object with tag 11, then an int array of 23
 * sent as a typed buffer (raw bytes, no serialization) with tag 77.
 * Run: {@code bin/par4j run -n 2 examples/PointToPoint.java}.
 */
public class PointToPoint {
    public static void main(String[] args) {
        Comm comm = Comm.world();
        int rank = comm.rank();
        if (rank == 0) {
            Map<String, Object> data = Map.of("a", 7, "b", 3.14);
            comm.send(data, 1, 11);
            int[] array = IntStream.range(0, 23).toArray();
            comm.send(array, 0, array.length, 1, 77);
        } else if (rank == 1) {
            Map<String, Object> data = comm.recv(0, 11);
            System.out.println("rank 1 received " + data + " with tag 11");
            int[] array = new int[23];
            comm.recv(array, 0, array.length, 0, 77);
            System.out.println("rank 1 received " + Arrays.toString(array) + " with tag 77");
        }
    }
}
