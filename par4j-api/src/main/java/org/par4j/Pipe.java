package org.par4j;

import java.io.Serializable;
import org.par4j.spi.IpcProvider;

/**
 * Two connected {@link Connection} ends through shared memory: Python's {@code multiprocessing.Pipe()}.
 * Give one end to another process (capture it in a {@link JvmProcess} lambda or a pool task) and keep
 * the other. Each direction is a single-producer, single-consumer ring in {@code /dev/shm}: no
 * system call per message while both sides are busy, one copy in and one copy out.
 *
 * <pre>{@code
 * Pipe pipe = Pipe.create();
 * Connection mine = pipe.first(), theirs = pipe.second();
 * JvmProcess p = new JvmProcess(() -> theirs.send(theirs.<Integer>recv() * 2)).start();
 * mine.send(21);
 * System.out.println(mine.<Integer>recv());   // 42
 * }</pre>
 *
 * An end belongs to the last process that used it; when that process dies, the other end's waits
 * end with {@link ChannelClosedException} naming its pid. The segment is removed once both ends are
 * closed, or once every process that used it has exited.
 *
 * @param first with {@code duplex}, sends and receives; one-way, only receives (Python's {@code conn1})
 * @param second with {@code duplex}, sends and receives; one-way, only sends (Python's {@code conn2})
 */
public record Pipe(Connection first, Connection second) implements Serializable {

    /** @return a duplex pipe */
    public static Pipe create() {
        return create(true);
    }

    /**
     * @param duplex true for two-way ends; false for {@link #first()} receive-only and {@link #second()} send-only
     * @return a new pipe
     */
    public static Pipe create(boolean duplex) {
        return IpcProvider.get().newPipe(duplex);
    }
}
