package org.par4j.systemtests;

import java.util.List;
import org.par4j.Pool;
import org.par4j.runtime.pool.LocalPool;
import org.par4j.runtime.spawn.WorkerRendezvous;

/**
 * A parent JVM for {@link ParentKillTest}: starts a pool of worker JVMs, runs a task so they are
 * surely up, prints their pids and waits to be killed.
 */
public final class PoolHolderMain {
    private PoolHolderMain() {
    }

    /**
     * @param args the number of workers
     * @throws InterruptedException never in practice: the test kills this JVM
     */
    public static void main(String[] args) throws InterruptedException {
        Pool pool = Pool.processes(Integer.parseInt(args[0]));
        pool.map(x -> x + 1, List.of(1, 2, 3, 4), 1);
        List<Long> pids = ((LocalPool) pool).workerPids();
        System.out.println("DIR " + WorkerRendezvous.shared().socketPath().getParent());
        System.out.println("PIDS " + String.join(" ", pids.stream().map(String::valueOf).toList()));
        System.out.flush();
        // Keep a task running too: the worker busy in it must go as well.
        pool.applyAsync(() -> {
            Thread.sleep(600_000);
            return 0;
        });
        Thread.sleep(600_000);
    }
}
