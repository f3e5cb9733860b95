package org.par4j.runtime.sync;

import java.time.Duration;
import org.par4j.Barrier;
import org.par4j.Condition;
import org.par4j.Event;
import org.par4j.Lock;
import org.par4j.Semaphore;
import org.par4j.SharedInt;
import org.par4j.SharedLongArray;
import org.par4j.runtime.testkit.ChildJvm;

/** Main classes the cross-process synchronisation tests run in child JVMs. */
final class SyncChildren {
    private SyncChildren() {
    }

    /** Takes the lock, sets the event, and holds the lock until killed. */
    static final class HoldLockForever {
        private HoldLockForever() {
        }

        public static void main(String[] args) throws InterruptedException {
            Lock lock = ChildJvm.decode(args[0]);
            Event holding = ChildJvm.decode(args[1]);
            lock.lock();
            holding.set();
            Thread.sleep(Duration.ofMinutes(10));
        }
    }

    /** Adds 1 to element 0, non-atomically, n times under the lock. */
    static final class IncrementUnderLock {
        private IncrementUnderLock() {
        }

        public static void main(String[] args) {
            Lock lock = ChildJvm.decode(args[0]);
            SharedLongArray counter = ChildJvm.decode(args[1]);
            int n = ChildJvm.<Integer>decode(args[2]);
            for (int i = 0; i < n; i++) {
                lock.lock();
                try {
                    counter.set(0, counter.get(0) + 1);
                } finally {
                    lock.unlock();
                }
            }
        }
    }

    /** Releases the semaphore after a short sleep. */
    static final class ReleaseSemaphore {
        private ReleaseSemaphore() {
        }

        public static void main(String[] args) throws InterruptedException {
            Semaphore s = ChildJvm.decode(args[0]);
            Thread.sleep(200);
            s.release();
        }
    }

    /** Sets the event after a short sleep. */
    static final class SetEvent {
        private SetEvent() {
        }

        public static void main(String[] args) throws InterruptedException {
            Event e = ChildJvm.decode(args[0]);
            Thread.sleep(200);
            e.set();
        }
    }

    /** Waits on the condition until the value is positive, then sets it to -1; exit 3 on timeout. */
    static final class WaitForCondition {
        private WaitForCondition() {
        }

        public static void main(String[] args) throws InterruptedException {
            Condition c = ChildJvm.decode(args[0]);
            SharedInt value = ChildJvm.decode(args[1]);
            Event waiting = ChildJvm.decode(args[2]);
            c.lock().lock();
            try {
                waiting.set();
                if (!c.waitFor(() -> value.get() > 0, Duration.ofSeconds(60))) {
                    System.exit(3);
                }
                value.set(-1);
            } finally {
                c.lock().unlock();
            }
        }
    }

    /** Meets the barrier for the given number of rounds, adding to element [party] each round. */
    static final class MeetBarrier {
        private MeetBarrier() {
        }

        public static void main(String[] args) throws Exception {
            Barrier b = ChildJvm.decode(args[0]);
            SharedLongArray rounds = ChildJvm.decode(args[1]);
            int party = ChildJvm.<Integer>decode(args[2]);
            int n = ChildJvm.<Integer>decode(args[3]);
            for (int i = 0; i < n; i++) {
                b.await(Duration.ofSeconds(60));
                rounds.getAndAdd(party, 1);
            }
        }
    }
}
