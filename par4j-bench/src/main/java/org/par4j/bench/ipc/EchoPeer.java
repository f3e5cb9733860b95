package org.par4j.bench.ipc;

import java.time.Duration;
import org.par4j.Connection;
import org.par4j.JvmProcess;
import org.par4j.Pipe;
import org.par4j.Queue;

/**
 * The two sides of a ping-pong: a child JVM that echoes every message back, and the parent's
 * {@link #roundTrip}. An empty message (or null) ends the child.
 */
abstract class EchoPeer implements AutoCloseable {
    private final JvmProcess child;

    EchoPeer(JvmProcess child) {
        this.child = child.start();
    }

    /** @return what travels, for tables */
    abstract String name();

    /**
     * Sends {@code size} bytes of {@code msg} and waits for them to come back.
     *
     * @param msg a touched buffer of at least {@code size} bytes, reused
     * @param size the message size
     */
    abstract void roundTrip(byte[] msg, int size);

    /** Tells the child to stop. */
    abstract void stop();

    @Override
    public void close() {
        stop();
        try {
            if (!child.join(Duration.ofSeconds(60))) {
                child.kill();
                throw new IllegalStateException("echo child did not stop");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            child.kill();
        }
    }

    /** {@code Pipe} with {@code sendBytes} and {@code recvBytesInto}: no allocation per message on either side. */
    static final class PipeBytes extends EchoPeer {
        private final Connection mine;

        private PipeBytes(Pipe pipe, int maxSize) {
            super(new JvmProcess("pipe-echo", () -> {
                Connection c = pipe.second();
                byte[] buf = new byte[Math.max(1, maxSize)];
                while (true) {
                    int n = c.recvBytesInto(buf, 0);
                    c.sendBytes(buf, 0, n);
                    if (n == 0) {
                        return;
                    }
                }
            }));
            this.mine = pipe.first();
        }

        static PipeBytes start(int maxSize) {
            return new PipeBytes(Pipe.create(), maxSize);
        }

        @Override
        String name() {
            return "Pipe sendBytes/recvBytesInto";
        }

        @Override
        void roundTrip(byte[] msg, int size) {
            mine.sendBytes(msg, 0, size);
            if (mine.recvBytesInto(msg, 0) != size) {
                throw new IllegalStateException("echo returned a different size");
            }
        }

        @Override
        void stop() {
            mine.sendBytes(new byte[0]);
            mine.recvBytes();
            mine.close();
        }
    }

    /** {@code Pipe} with {@code send}/{@code recv} of objects: a {@code byte[]} encoded by the codec. */
    static final class PipeObjects extends EchoPeer {
        private final Connection mine;

        private PipeObjects(Pipe pipe) {
            super(new JvmProcess("pipe-object-echo", () -> {
                Connection c = pipe.second();
                while (true) {
                    byte[] b = c.recv();
                    c.send(b);
                    if (b.length == 0) {
                        return;
                    }
                }
            }));
            this.mine = pipe.first();
        }

        static PipeObjects start() {
            return new PipeObjects(Pipe.create());
        }

        @Override
        String name() {
            return "Pipe send/recv (objects)";
        }

        @Override
        void roundTrip(byte[] msg, int size) {
            mine.send(size == msg.length ? msg : java.util.Arrays.copyOf(msg, size));
            mine.recv();
        }

        @Override
        void stop() {
            mine.send(new byte[0]);
            mine.recv();
            mine.close();
        }
    }

    /**
     * Two {@link Queue}s, one each way, carrying {@code byte[]} items: shared-memory queues, or the
     * queues of a {@link org.par4j.Manager}, where every put and get is a round trip to its server.
     */
    static final class QueuePair extends EchoPeer {
        private final String name;
        private final Queue<byte[]> out;
        private final Queue<byte[]> in;

        private QueuePair(String name, Queue<byte[]> out, Queue<byte[]> in) {
            super(new JvmProcess(name.startsWith("Manager") ? "manager-queue-echo" : "queue-echo", () -> {
                while (true) {
                    byte[] b = out.get();
                    in.put(b);
                    if (b.length == 0) {
                        return;
                    }
                }
            }));
            this.name = name;
            this.out = out;
            this.in = in;
        }

        static QueuePair start() {
            return new QueuePair("Queue put/get", Queue.create(), Queue.create());
        }

        static QueuePair startOn(org.par4j.Manager manager) {
            return new QueuePair("Manager queue put/get", manager.queue(), manager.queue());
        }

        @Override
        String name() {
            return name;
        }

        @Override
        void roundTrip(byte[] msg, int size) {
            out.put(size == msg.length ? msg : java.util.Arrays.copyOf(msg, size));
            in.get();
        }

        @Override
        void stop() {
            out.put(new byte[0]);
            in.get();
        }
    }
}
