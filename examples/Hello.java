import org.par4j.mpi.Comm;
import org.par4j.mpi.Mpi;

/** The course's first MPI program. Run: {@code bin/par4j run -n 4 examples/Hello.java}. */
public class Hello {
    public static void main(String[] args) {
        Comm world = Mpi.init(args);
        System.out.printf("Hello, World! I am process %d of %d on %s%n", world.rank(), world.size(), Mpi.processorName());
    }
}
