import org.par4j.mpi.Comm;

/**
 * A token travels around the ring of ranks; each adds its rank. Rank 0 starts it and checks the total.
 * Run: {@code bin/par4j run -n 4 examples/Ring.java}.
 */
public class Ring {
    public static void main(String[] args) {
        Comm comm = Comm.world();
        int next = (comm.rank() + 1) % comm.size();
        int prev = (comm.rank() - 1 + comm.size()) % comm.size();
        int[] token = new int[1];
        if (comm.rank() == 0) {
            comm.send(token, 0, 1, next, 0);
            comm.recv(token, 0, 1, prev, 0);
            System.out.printf("token came back to rank 0 holding %d (expected %d)%n", token[0], comm.size() * (comm.size() - 1) / 2);
        } else {
            comm.recv(token, 0, 1, prev, 0);
            token[0] += comm.rank();
            System.out.printf("rank %d passes %d to rank %d%n", comm.rank(), token[0], next);
            comm.send(token, 0, 1, next, 0);
        }
    }
}
