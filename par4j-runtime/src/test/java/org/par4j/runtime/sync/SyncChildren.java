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

    /**
     * Threads that take the lock in three ways (lock, timed tryLock, tryLock) and check that they are
     * alone inside: state[0] counts holders inside, state[1] violations, state[2] entries.
     */
    static final class StressLock {
        private StressLock() {
        }

        public static void main(String[] args) throws InterruptedException {
            stress(ChildJvm.decode(args[0]), ChildJvm.decode(args[1]), ChildJvm.<Integer>decode(args[2]),
                    ChildJvm.<Integer>decode(args[3]));
        }

        static void stress(Lock lock, SharedLongArray state, int threads, int iterations) throws InterruptedException {
            Thread[] ts = new Thread[threads];
            for (int t = 0; t < threads; t++) {
                ts[t] = Thread.ofPlatform().start(() -> {
                    for (int i = 0; i < iterations; i++) {
                        boolean held;
                        try {
                            held = switch (i % 3) {
                                case 0 -> {
                                    lock.lock();
                                    yield true;
                                }
                                case 1 -> lock.tryLock(Duration.ofSeconds(30));
                                default -> lock.tryLock();
                            };
                        } catch (InterruptedException e) {
                            return;
                        }
                        if (held) {
                            if (state.getAndAdd(0, 1) != 0) {
                                state.getAndAdd(1, 1);
                            }
                            state.getAndAdd(2, 1);
                            state.getAndAdd(0, -1);
                            lock.unlock();
                        }
                    }
                });
            }
            for (Thread t : ts) {
                t.join();
            }
        }
    }

    /** Locks an RLock twice, signals, unlocks once, signals, waits for leave to unlock again. */
    static final class RLockTwice {
        private RLockTwice() {
        }

        public static void main(String[] args) throws InterruptedException {
            org.par4j.RLock lock = ChildJvm.decode(args[0]);
            Event heldTwice = ChildJvm.decode(args[1]);
            Event unlockedOnce = ChildJvm.decode(args[2]);
            Event leave = ChildJvm.decode(args[3]);
            lock.lock();
            lock.lock();
            heldTwice.set();
            lock.unlock();
            unlockedOnce.set();
            if (!leave.await(Duration.ofSeconds(60))) {
                System.exit(3);
            }
            lock.unlock();
        }
    }

    /** Takes and returns a bounded semaphore's permit, then returns one too many: exit 7 if refused. */
    static final class OverReleaseBounded {
        private OverReleaseBounded() {
        }

        public static void main(String[] args) throws InterruptedException {
            org.par4j.BoundedSemaphore s = ChildJvm.decode(args[0]);
            if (!s.tryAcquire(Duration.ofSeconds(60))) {
                System.exit(3);
            }
            s.release();
            try {
                s.release();
            } catch (IllegalStateException e) {
                System.exit(7);
            }
        }
    }
}
