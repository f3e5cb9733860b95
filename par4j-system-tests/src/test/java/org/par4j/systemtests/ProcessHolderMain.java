package org.par4j.systemtests;

import org.par4j.JvmProcess;

/**
 * A parent JVM for {@link DaemonProcessTest}: starts one {@link JvmProcess}, daemon or not, and
 * returns from main at once.
 */
public final class ProcessHolderMain {
    private ProcessHolderMain() {
    }

    /** @param args "daemon" or "nondaemon" */
    public static void main(String[] args) {
        boolean daemon = args[0].equals("daemon");
        JvmProcess p = new JvmProcess("child", () -> {
            try {
                Thread.sleep(daemon ? 60_000 : 1_500);
            } catch (InterruptedException e) {
                return;
            }
            System.out.println("child done");
        }).daemon(daemon).start();
        System.out.println("PID " + p.pid());
        System.out.println("main done");
    }
}
