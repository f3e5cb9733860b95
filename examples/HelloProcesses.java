import java.util.ArrayList;
import java.util.List;
import org.par4j.JvmProcess;

/**
 * The course's {@code Process(target=f, args=(str(i),))} loop: four processes, each printing
 * "hello from i". The lines come in whatever order the processes get there: parallel programs do not
 * order their output unless told to.
 *
 * <pre>bin/par4j run examples/HelloProcesses.java</pre>
 */
public class HelloProcesses {
    static void f(String name) {
        System.out.println("hello from " + name);
    }

    public static void main(String[] args) throws InterruptedException {
        int ncpus = 4;
        List<JvmProcess> processes = new ArrayList<>();
        for (int i = 0; i < ncpus; i++) {
            String name = String.valueOf(i);
            processes.add(new JvmProcess(() -> f(name)).start());
        }
        for (JvmProcess p : processes) {
            p.join();
        }
    }
}
