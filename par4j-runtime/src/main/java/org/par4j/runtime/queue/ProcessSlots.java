package org.par4j.runtime.queue;

import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.MemorySegment;
import java.lang.invoke.VarHandle;
import java.util.ArrayList;
import java.util.List;
import org.par4j.runtime.shm.ProcessIdentity;

/**
 * A table of processes in shared memory: {@code count} slots of (pid, start ticks), 16 bytes each. A
 * pipe keeps the owner of each end in it, a queue the processes that used it, so that a waiter can
 * tell that everyone it waits for has died.
 */
final class ProcessSlots {
    static final long SLOT_BYTES = 16;
    private static final VarHandle LONG = JAVA_LONG.varHandle();

    private final MemorySegment table;
    private final int count;

    /**
     * @param table {@code count * 16} bytes of a shared mapping
     * @param count slots
     */
    ProcessSlots(MemorySegment table, int count) {
        this.table = table;
        this.count = count;
    }

    /**
     * @param slot a slot index
     * @param who the process to store there
     */
    void set(int slot, ProcessIdentity who) {
        LONG.setVolatile(table, slot * SLOT_BYTES + 8, who.startTicks());
        LONG.setVolatile(table, slot * SLOT_BYTES, who.pid());
    }

    /**
     * @param slot a slot index
     * @return the process stored there, or null if none
     */
    ProcessIdentity get(int slot) {
        long pid = (long) LONG.getVolatile(table, slot * SLOT_BYTES);
        return pid == 0 ? null : new ProcessIdentity(pid, (long) LONG.getVolatile(table, slot * SLOT_BYTES + 8));
    }

    /**
     * Records {@code who} in a free slot (or one of a dead process) unless it is there already. If the
     * table is full the process is not recorded: liveness checks then see fewer users (never more).
     *
     * @param who the process
     */
    void add(ProcessIdentity who) {
        for (int i = 0; i < count; i++) {
            if ((long) LONG.getVolatile(table, i * SLOT_BYTES) == who.pid()) {
                return;
            }
        }
        for (int i = 0; i < count; i++) {
            long pid = (long) LONG.getVolatile(table, i * SLOT_BYTES);
            ProcessIdentity old = get(i);
            boolean free = pid == 0 || (old != null && !old.isAlive());
            if (free && LONG.compareAndSet(table, i * SLOT_BYTES, pid, who.pid())) {
                LONG.setVolatile(table, i * SLOT_BYTES + 8, who.startTicks());
                return;
            }
        }
    }

    /**
     * @param me this process
     * @return the pids of the recorded processes other than {@code me} if there is at least one and all
     *         of them are dead; an empty list otherwise
     */
    List<Long> othersIfAllDead(ProcessIdentity me) {
        List<Long> dead = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ProcessIdentity p = get(i);
            if (p == null || p.pid() == me.pid()) {
                continue;
            }
            if (p.isAlive()) {
                return List.of();
            }
            dead.add(p.pid());
        }
        return dead;
    }
}
