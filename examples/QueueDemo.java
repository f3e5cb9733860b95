import java.util.List;
import org.par4j.JvmProcess;
import org.par4j.Queue;

/**
 * The course's queue example: one process puts the squares of [1, 2, 3, 4] into a queue, another
 * takes them out and prints them until the queue is empty. The queue lives in shared memory, so the
 * items outlive the process that put them.
 *
 * <pre>bin/par4j run examples/QueueDemo.java</pre>
 */
public class QueueDemo {

    static void squareList(List<Integer> mylist, Queue<Integer> q) {
        for (int num : mylist) {
            q.put(num * num);      // append squares of mylist to the queue
        }
    }

    static void printQueue(Queue<Integer> q) {
        System.out.println("Queue elements:");
        while (!q.isEmpty()) {
            System.out.println(q.get());
        }
        System.out.println("Queue is now empty!");
    }

    public static void main(String[] args) throws InterruptedException {
        List<Integer> mylist = List.of(1, 2, 3, 4);
        Queue<Integer> q = Queue.create();        // multiprocessing.Queue()

        JvmProcess p1 = new JvmProcess("p1", () -> squareList(mylist, q));
        JvmProcess p2 = new JvmProcess("p2", () -> printQueue(q));

        p1.start();
        p1.join();
        p2.start();
        p2.join();
    }
}
