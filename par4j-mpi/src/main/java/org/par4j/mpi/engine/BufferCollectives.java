package org.par4j.mpi.engine;

import java.lang.foreign.MemorySegment;
import org.par4j.mpi.Buffer;
import org.par4j.mpi.Datatype;
import org.par4j.mpi.Op;
import org.par4j.mpi.engine.coll.BinomialReduce;
import org.par4j.mpi.engine.coll.BufferPayload;
import org.par4j.mpi.engine.coll.LinearRooted;
import org.par4j.mpi.engine.coll.PairwiseAlltoall;
import org.par4j.mpi.engine.coll.RecursiveDoublingAllgather;
import org.par4j.mpi.engine.coll.RecursiveDoublingAllreduce;
import org.par4j.mpi.engine.coll.RecursiveDoublingScan;
import org.par4j.mpi.engine.coll.RingAllgather;
import org.par4j.mpi.engine.coll.RingAllreduce;

/**
 * The buffer collectives: argument checks, then the algorithm chosen by size and rank count, with the
 * thresholds of MPICH/Open MPI's tuned defaults: recursive doubling for short allreduces and allgathers
 * (latency-bound), the ring for long ones (bandwidth-bound).
 */
final class BufferCollectives {
    /** System property: allreduce switches from recursive doubling to the ring at this many bytes (64 KiB). */
    static final long RING_ALLREDUCE_BYTES = Long.getLong("par4j.mpi.ringAllreduceBytes", 64 * 1024);
    /** System property: allgather uses recursive doubling below this many result bytes (256 KiB). */
    static final long RD_ALLGATHER_BYTES = Long.getLong("par4j.mpi.rdAllgatherBytes", 256 * 1024);

    private BufferCollectives() {
    }

    static void scatter(EngineComm c, Buffer send, Buffer recv, int root) {
        long block = need(recv, "recv").segment().byteSize();
        if (c.rank() == root) {
            same(send, recv, "scatter");
            atLeast(send, block * c.size(), "scatter's send buffer");
        }
        LinearRooted.scatter(c.coll(), c.rank() == root ? send.segment() : null, uniform(c.size(), block, 0), uniform(c.size(), block, -1),
                recv.segment(), root);
    }

    static void gather(EngineComm c, Buffer send, Buffer recv, int root) {
        long block = need(send, "send").segment().byteSize();
        if (c.rank() == root) {
            same(send, recv, "gather");
            atLeast(recv, block * c.size(), "gather's receive buffer");
        }
        LinearRooted.gather(c.coll(), send.segment(), c.rank() == root ? recv.segment() : null, uniform(c.size(), block, 0),
                uniform(c.size(), block, -1), root);
    }

    static void allgather(EngineComm c, Buffer send, Buffer recv) {
        long block = need(send, "send").segment().byteSize();
        same(send, recv, "allgather");
        atLeast(recv, block * c.size(), "allgather's receive buffer");
        MemorySegment.copy(send.segment(), 0, recv.segment(), c.rank() * block, block);
        int n = c.size();
        if (Integer.bitCount(n) == 1 && block * n < RD_ALLGATHER_BYTES) {
            RecursiveDoublingAllgather.run(c.coll(), recv.segment(), block);
        } else {
            RingAllgather.run(c.coll(), recv.segment(), uniform(n, block, 0), uniform(n, block, -1));
        }
    }

    static void alltoall(EngineComm c, Buffer send, Buffer recv) {
        same(need(send, "send"), recv, "alltoall");
        long block = send.segment().byteSize() / c.size();
        atLeast(recv, block * c.size(), "alltoall's receive buffer");
        long[] off = uniform(c.size(), block, 0);
        long[] len = uniform(c.size(), block, -1);
        PairwiseAlltoall.run(c.coll(), send.segment(), off, len, recv.segment(), off, len);
    }

    static void reduce(EngineComm c, Buffer send, Buffer recv, Op op, int root) {
        long bytes = need(send, "send").segment().byteSize();
        if (c.rank() == root) {
            same(send, recv, "reduce");
            atLeast(recv, bytes, "reduce's receive buffer");
        }
        MemorySegment out = BinomialReduce.run(c.coll(), new BufferPayload(op, send.type(), bytes), send.segment(), root, op.isCommutative());
        if (out != null) {
            MemorySegment.copy(out, 0, recv.segment(), 0, bytes);
        }
    }

    static void allreduce(EngineComm c, Buffer send, Buffer recv, Op op) {
        long bytes = need(send, "send").segment().byteSize();
        same(send, recv, "allreduce");
        atLeast(recv, bytes, "allreduce's receive buffer");
        MemorySegment work = recv.segment().asSlice(0, bytes);
        if (c.size() > 1 && op.isCommutative() && bytes >= RING_ALLREDUCE_BYTES && send.count() >= c.size()) {
            RingAllreduce.run(c.coll(), op, send.type(), send.segment(), work);
            return;
        }
        MemorySegment out = RecursiveDoublingAllreduce.run(c.coll(), new BufferPayload(op, send.type(), bytes), send.segment());
        MemorySegment.copy(out, 0, work, 0, bytes);
    }

    static void reduceScatter(EngineComm c, Buffer send, Buffer recv, long[] counts, Op op) {
        if (counts == null || counts.length != c.size()) {
            throw new IllegalArgumentException("reduceScatter needs one count per rank (" + c.size() + ")");
        }
        long total = 0;
        for (long n : counts) {
            total += nonNegative(n);
        }
        Datatype t = need(send, "send").type();
        atLeast(send, total * t.byteSize(), "reduceScatter's send buffer");
        same(send, recv, "reduceScatter");
        Buffer whole = send.slice(0, total);
        MemorySegment sum = BinomialReduce.run(c.coll(), new BufferPayload(op, t, whole.segment().byteSize()), whole.segment(), 0, op.isCommutative());
        long[] displs = new long[c.size()];
        for (int i = 1; i < c.size(); i++) {
            displs[i] = displs[i - 1] + counts[i - 1];
        }
        scatterv(c, sum == null ? null : new Buffer(sum, t), counts, displs, recv, 0);
    }

    static void scan(EngineComm c, Buffer send, Buffer recv, Op op, boolean inclusive) {
        long bytes = need(send, "send").segment().byteSize();
        same(send, recv, inclusive ? "scan" : "exscan");
        atLeast(recv, bytes, "the receive buffer");
        MemorySegment out = RecursiveDoublingScan.run(c.coll(), new BufferPayload(op, send.type(), bytes), send.segment(), inclusive);
        if (out != null) {
            MemorySegment.copy(out, 0, recv.segment(), 0, bytes);
        }
    }

    static void scatterv(EngineComm c, Buffer send, long[] counts, long[] displs, Buffer recv, int root) {
        need(recv, "recv");
        if (c.rank() != root) {
            LinearRooted.scatter(c.coll(), null, null, null, recv.segment(), root);
            return;
        }
        same(send, recv, "scatterv");
        long[][] ol = bytes(c, send, counts, displs, "scatterv");
        atLeast(recv, ol[1][root], "scatterv's receive buffer");
        LinearRooted.scatter(c.coll(), send.segment(), ol[0], ol[1], recv.segment().asSlice(0, ol[1][root]), root);
    }

    static void gatherv(EngineComm c, Buffer send, Buffer recv, long[] counts, long[] displs, int root) {
        need(send, "send");
        if (c.rank() != root) {
            LinearRooted.gather(c.coll(), send.segment(), null, null, null, root);
            return;
        }
        same(send, recv, "gatherv");
        long[][] ol = bytes(c, recv, counts, displs, "gatherv");
        LinearRooted.gather(c.coll(), send.segment().asSlice(0, ol[1][root]), recv.segment(), ol[0], ol[1], root);
    }

    static void allgatherv(EngineComm c, Buffer send, Buffer recv, long[] counts, long[] displs) {
        same(need(send, "send"), recv, "allgatherv");
        long[][] ol = bytes(c, recv, counts, displs, "allgatherv");
        MemorySegment.copy(send.segment(), 0, recv.segment(), ol[0][c.rank()], ol[1][c.rank()]);
        RingAllgather.run(c.coll(), recv.segment(), ol[0], ol[1]);
    }

    static void alltoallv(EngineComm c, Buffer send, long[] sc, long[] sd, Buffer recv, long[] rc, long[] rd) {
        same(need(send, "send"), recv, "alltoallv");
        long[][] s = bytes(c, send, sc, sd, "alltoallv (send)");
        long[][] r = bytes(c, recv, rc, rd, "alltoallv (receive)");
        PairwiseAlltoall.run(c.coll(), send.segment(), s[0], s[1], recv.segment(), r[0], r[1]);
    }

    private static long[][] bytes(EngineComm c, Buffer buf, long[] counts, long[] displs, String what) {
        if (counts == null || displs == null || counts.length != c.size() || displs.length != c.size()) {
            throw new IllegalArgumentException(what + " needs one count and one displacement per rank (" + c.size() + ")");
        }
        int es = buf.type().byteSize();
        long[] off = new long[c.size()];
        long[] len = new long[c.size()];
        for (int i = 0; i < c.size(); i++) {
            off[i] = nonNegative(displs[i]) * es;
            len[i] = nonNegative(counts[i]) * es;
            if (off[i] + len[i] > buf.segment().byteSize()) {
                throw new IllegalArgumentException(what + ": block " + i + " (elements " + displs[i] + ".." + (displs[i] + counts[i])
                        + ") lies outside a buffer of " + buf.count() + " elements");
            }
        }
        return new long[][] {off, len};
    }

    private static long[] uniform(int n, long block, int kind) {
        long[] a = new long[n];
        for (int i = 0; i < n; i++) {
            a[i] = kind == 0 ? i * block : block;
        }
        return a;
    }

    private static long nonNegative(long n) {
        if (n < 0) {
            throw new IllegalArgumentException("counts and displacements must be >= 0, got " + n);
        }
        return n;
    }

    private static Buffer need(Buffer b, String which) {
        if (b == null) {
            throw new IllegalArgumentException("the " + which + " buffer is null");
        }
        return b;
    }

    private static void same(Buffer a, Buffer b, String what) {
        need(a, "send");
        need(b, "receive");
        if (a.type() != b.type()) {
            throw new IllegalArgumentException(what + ": send buffer holds " + a.type().javaName() + "s but the receive buffer "
                    + b.type().javaName() + "s");
        }
    }

    private static void atLeast(Buffer b, long bytes, String what) {
        if (b.segment().byteSize() < bytes) {
            throw new IllegalArgumentException(what + " holds " + b.count() + " elements; it needs " + bytes / b.type().byteSize());
        }
    }
}
