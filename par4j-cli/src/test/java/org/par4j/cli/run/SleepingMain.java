package org.par4j.cli.run;

/** A program that prints "started" and then sleeps for a minute: the child in launcher tests. */
public final class SleepingMain {
    private SleepingMain() {
    }

    /**
     * @param args ignored
     * @throws InterruptedException never expected
     */
    public static void main(String[] args) throws InterruptedException {
        System.out.println("started");
        System.out.flush();
        Thread.sleep(60_000);
    }
}
