import java.time.Duration;
import org.par4j.Event;
import org.par4j.JvmProcess;
import org.par4j.Lock;
import org.par4j.LockOwnerDiedException;
import org.par4j.SharedDouble;

/**
 * The course's deadlock: {@code compute} takes the lock and never releases it. Process p1 gets the
 * lock first and then hangs; p2 waits for the lock for ever. The main program shows the hang,
 * detects it with a timeout, prints which process holds the lock, and recovers by ending p1: the
 * lock is robust, so p2 takes it over (with a {@link LockOwnerDiedException} naming the dead pid)
 * instead of waiting for ever as in Python. The value ends at 20.
 *
 * <pre>bin/par4j run examples/Deadlock.java</pre>
 */
public class Deadlock {

    /** The buggy task: takes the lock, adds 10, never releases it; p1 also stays stuck. */
    static void compute(SharedDouble arg, Lock lock, Event holding, boolean stayStuck) throws InterruptedException {
        String me = "pid " + ProcessHandle.current().pid();
        try {
            lock.lock();
        } catch (LockOwnerDiedException e) {
            System.out.println(me + ": took over the lock from dead pid " + e.deadPid());
        }
        arg.set(arg.get() + 10);
        System.out.println(me + ": added 10, value is now " + arg.get());
        holding.set();
        if (stayStuck) {
            Thread.sleep(Duration.ofMinutes(10));
        }
    }

    public static void main(String[] args) throws Exception {
        SharedDouble arg = SharedDouble.createRaw(0.0);   // mp.Value('d', 0.0)
        Lock lock = Lock.create();                        // mp.Lock(), non-recursive
        Event p1Holds = Event.create();
        Event p2Holds = Event.create();

        JvmProcess p1 = new JvmProcess("p1", () -> run(() -> compute(arg, lock, p1Holds, true))).start();
        if (!p1Holds.await(Duration.ofSeconds(60))) {
            throw new IllegalStateException("p1 did not start");
        }
        JvmProcess p2 = new JvmProcess("p2", () -> run(() -> compute(arg, lock, p2Holds, false))).start();

        // The hang: p2 is still waiting for the lock.
        if (!p2.join(Duration.ofSeconds(2))) {
            System.out.println("p2 is still alive after 2 s: it waits for the lock (deadlock)");
        }
        // Detect it with a timeout, and name the holder.
        if (!lock.tryLock(Duration.ofSeconds(1))) {
            System.out.println("main could not get the lock within 1 s; it is held by pid " + lock.ownerPid()
                    + (lock.ownerPid() == p1.pid() ? " (p1)" : ""));
        }
        // Recover: end the stuck holder; the robust lock passes to p2.
        p1.kill();
        p1.join();
        if (!p2.join(Duration.ofSeconds(30))) {
            throw new IllegalStateException("p2 did not recover the lock");
        }
        System.out.println("p2 exited with " + p2.exitCode().orElse(-1) + "; value = " + arg.get());
    }

    /** A task that may throw InterruptedException. */
    interface Task {
        void run() throws InterruptedException;
    }

    static void run(Task t) {
        try {
            t.run();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
