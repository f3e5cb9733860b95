package org.par4j.runtime.spawn;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.par4j.NotSerializableTaskException;
import org.par4j.RemoteException;
import org.par4j.runtime.wire.Codecs;
import org.par4j.runtime.wire.FrameChannel;
import org.par4j.runtime.wire.ObjectCodec;
import org.par4j.runtime.wire.WireInput;
import org.par4j.runtime.wire.WireOutput;

/**
 * A pool worker's one thread: reads chunks, runs them, writes results. Requests are read in bursts
 * (one read for many buffered chunks); each result is sent before the next chunk starts, so the
 * parent can tell which chunk a dying worker was running. Functions arrive once per call
 * ({@link WorkerProtocol#HAS_FUNCTION}) and stay until FORGET.
 */
final class PoolWorkerLoop {
    /** How long a worker polls for the next request after answering one ({@code par4j.pool.workerPollMicros}). */
    private static final long POLL_NANOS = TimeUnit.MICROSECONDS.toNanos(
            Long.getLong("par4j.pool.workerPollMicros", 50));
    private final FrameChannel channel;
    private final ObjectCodec codec = Codecs.objects();
    private final Map<Long, Function<Object, Object>> functions = new HashMap<>();
    private Throwable initFailure;

    PoolWorkerLoop(FrameChannel channel) {
        this.channel = channel;
    }

    void run(WireInput init) throws IOException {
        try {
            Object initializer = codec.decode(init);
            if (initializer != null) {
                ((Runnable) initializer).run();
            }
        } catch (Throwable t) {
            initFailure = t;
            t.printStackTrace();
        }
        while (true) {
            WireInput in = channel.readFrame();
            int type = in.readByte();
            switch (type) {
                case WorkerProtocol.CHUNK -> {
                    long callId = in.readLong();
                    int index = in.readInt();
                    int flags = in.readByte();
                    chunk(callId, index, flags, in);
                    // what the task printed reaches the parent now, not when the buffer fills
                    System.out.flush();
                    System.err.flush();
                    // Each result leaves before the next chunk starts: if this JVM dies, the parent
                    // knows which chunk killed it (the oldest unanswered), and the rest can go elsewhere.
                    channel.flush();
                    // A caller applying in a loop sends its next task within microseconds: polling for
                    // it keeps this CPU from halting and saves the wake-up. Not after a map's chunks:
                    // they come pipelined, and a polling worker takes the CPU the parent needs to send.
                    if ((flags & WorkerProtocol.LONE) != 0) {
                        channel.pollBriefly(POLL_NANOS);
                    }
                }
                case WorkerProtocol.FORGET -> functions.remove(in.readLong());
                case WorkerProtocol.EXIT -> {
                    channel.flush();
                    System.out.flush();
                    System.err.flush();
                    // The parent sees end of file now and kills this JVM if a shutdown hook hangs it.
                    channel.closeFromSoleUser();
                    return;
                }
                default -> throw new IOException("unexpected message type " + type);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private void chunk(long callId, int chunk, int flags, WireInput in) {
        long t0 = System.nanoTime();
        Object[] results;
        try {
            if ((flags & WorkerProtocol.HAS_FUNCTION) != 0) {
                functions.put(callId, (Function<Object, Object>) codec.decode(in));
            }
            if (initFailure != null) {
                throw new IllegalStateException("the pool's initializer failed in this worker: " + initFailure,
                        initFailure);
            }
            Function<Object, Object> fn = functions.get(callId);
            if (fn == null) {
                throw new IllegalStateException("no function for call " + callId + " (protocol error)");
            }
            Object[] items = (Object[]) codec.decode(in);
            int count = items.length;
            results = new Object[count];
            for (int i = 0; i < count; i++) {
                results[i] = fn.apply(items[i]);
            }
        } catch (OutOfMemoryError e) {
            Runtime.getRuntime().halt(3);
            return;
        } catch (Throwable t) {
            writeFailure(callId, chunk, System.nanoTime() - t0, t);
            return;
        }
        writeResults(callId, chunk, System.nanoTime() - t0, results);
    }

    private void writeResults(long callId, int chunk, long nanos, Object[] results) {
        WireOutput out = channel.startFrame();
        out.writeByte(WorkerProtocol.RESULT);
        out.writeLong(callId);
        out.writeInt(chunk);
        out.writeLong(nanos);
        try {
            codec.encode(results, out);
        } catch (RuntimeException e) {
            channel.abortFrame();
            writeFailure(callId, chunk, nanos, new NotSerializableTaskException(
                    "the task's result cannot be sent back: " + e.getMessage(), e));
            return;
        }
        channel.endFrame();
    }

    private void writeFailure(long callId, int chunk, long nanos, Throwable t) {
        WireOutput out = channel.startFrame();
        out.writeByte(WorkerProtocol.FAILURE);
        out.writeLong(callId);
        out.writeInt(chunk);
        out.writeLong(nanos);
        int mark = out.size();
        try {
            codec.encode(t, out);
        } catch (RuntimeException e) {
            out.truncate(mark);
            codec.encode(standIn(t), out);
        }
        channel.endFrame();
    }

    /** An exception that cannot be serialized travels as its class name, message and stack trace. */
    private static RemoteException standIn(Throwable t) {
        RemoteException r = new RemoteException(t.getClass().getName(), t.getMessage());
        r.setStackTrace(t.getStackTrace());
        return r;
    }
}
