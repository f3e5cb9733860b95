import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.par4j.Barrier;
import org.par4j.JvmProcess;
import org.par4j.SharedInt;
import org.par4j.SharedLong;

/**
 * The course's race condition: one process withdraws 1 from a shared balance of 100 ten thousand
 * times while another deposits 1 ten thousand times. {@code balance.set(balance.get() - 1)} is a
 * read, then a write: without a lock the two processes overwrite each other's updates and the final
 * balance varies from run to run; with the balance's lock it is exactly 100 every time.
 *
 * <p>Ten thousand updates take well under a millisecond, so the two processes are started once and
 * run every round together: a barrier gathers them, and both start at the same instant of the
 * machine's monotonic clock, which all processes share.
 *
 * <pre>bin/par4j run examples/BankAccount.java [runs]</pre>
 */
public class BankAccount {
    static final int TIMES = 10_000;

    static void withdraw(SharedInt balance, boolean locked) {
        for (int i = 0; i < TIMES; i++) {
            if (locked) {
                balance.withLock(() -> balance.set(balance.get() - 1));
            } else {
                balance.set(balance.get() - 1);
            }
        }
    }

    static void deposit(SharedInt balance, boolean locked) {
        for (int i = 0; i < TIMES; i++) {
            if (locked) {
                balance.withLock(() -> balance.set(balance.get() + 1));
            } else {
                balance.set(balance.get() + 1);
            }
        }
    }

    /** What one process does each round: wait for the start, update, report done. */
    record Round(Barrier ready, Barrier done, SharedLong startAt, SharedInt locked) implements java.io.Serializable {
        boolean begin() {
            await(ready);
            while (System.nanoTime() < startAt.get()) {
                Thread.onSpinWait();
            }
            return locked.get() == 1;
        }

        void end() {
            await(done);
        }

        static void await(Barrier b) {
            try {
                b.await(Duration.ofSeconds(60));
            } catch (Exception e) {
                throw new IllegalStateException("a process of the bank account did not arrive", e);
            }
        }
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        SharedInt balance = SharedInt.create(100);   // multiprocessing.Value('i', 100)
        Round round = new Round(Barrier.create(3), Barrier.create(3), SharedLong.createRaw(0), SharedInt.createRaw(0));
        JvmProcess p1 = new JvmProcess("withdraw", () -> {
            for (int r = 0; r < 2 * runs; r++) {
                withdraw(balance, round.begin());
                round.end();
            }
        }).start();
        JvmProcess p2 = new JvmProcess("deposit", () -> {
            for (int r = 0; r < 2 * runs; r++) {
                deposit(balance, round.begin());
                round.end();
            }
        }).start();

        List<Integer> unlocked = new ArrayList<>();
        List<Integer> locked = new ArrayList<>();
        for (int r = 0; r < 2 * runs; r++) {
            boolean withLock = r >= runs;
            balance.set(100);
            round.locked().set(withLock ? 1 : 0);
            round.startAt().set(System.nanoTime() + Duration.ofMillis(20).toNanos());
            round.begin();
            round.end();
            (withLock ? locked : unlocked).add(balance.get());
        }
        p1.join();
        p2.join();
        System.out.println("Final balance without a lock: " + unlocked);
        System.out.println("Final balance with the lock:   " + locked);
    }
}
