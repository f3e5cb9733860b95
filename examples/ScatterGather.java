import java.util.Arrays;
import java.util.stream.LongStream;
import org.par4j.mpi.Buffer;
import org.par4j.mpi.Comm;

/**
 * The course's scatter/gather example with N = 10: rank 0 scatters 0..9, every rank sums its part, rank 0
 * gathers the sums. On 2 ranks: "Answer from rank 0: [10, 35]".
 * Run: {@code bin/par4j run -n 2 examples/ScatterGather.java}.
 */
public class ScatterGather {
    public static void main(String[] args) {
        Comm comm = Comm.world();
        int n = 10;
        long[] msg = comm.rank() == 0 ? LongStream.range(0, n).toArray() : null;
        long[] dest = new long[n / comm.size()];
        long[] ans = new long[comm.size()];
        comm.scatter(msg == null ? null : Buffer.of(msg), Buffer.of(dest), 0);
        long[] sum = {Arrays.stream(dest).sum()};
        comm.gather(Buffer.of(sum), Buffer.of(ans), 0);
        if (comm.rank() == 0) {
            System.out.println("Answer from rank 0: " + Arrays.toString(ans));
        } else {
            System.out.println("Answer from rank " + comm.rank() + ": " + Arrays.toString(ans) + " (only the root gathers)");
        }
    }
}
