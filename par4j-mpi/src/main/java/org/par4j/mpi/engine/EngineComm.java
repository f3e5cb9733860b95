package org.par4j.mpi.engine;

import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.par4j.mpi.Buffer;
import org.par4j.mpi.CartComm;
import org.par4j.mpi.Comm;
import org.par4j.mpi.Group;
import org.par4j.mpi.Op;
import org.par4j.mpi.Request;
import org.par4j.mpi.Status;
import org.par4j.mpi.engine.coll.BinomialBcast;
import org.par4j.mpi.engine.coll.BinomialReduce;
import org.par4j.mpi.engine.coll.DisseminationBarrier;
import org.par4j.mpi.engine.coll.LinearRooted;
import org.par4j.mpi.engine.coll.ObjectPayload;
import org.par4j.mpi.engine.coll.PairwiseAlltoall;
import org.par4j.mpi.engine.coll.RecursiveDoublingAllreduce;
import org.par4j.mpi.engine.coll.RecursiveDoublingScan;
import org.par4j.mpi.engine.coll.RingAllgather;
import org.par4j.runtime.wire.Codecs;
import org.par4j.runtime.wire.WireOutput;

/**
 * The pure-Java {@link Comm}: a group of world ranks and a context id. User messages use context
 * {@code 2 * id}, collectives {@code 2 * id + 1}, so neither sees the other's messages.
 */
class EngineComm implements Comm {
    final Engine engine;
    private final int id;
    private final int[] worldRanks;
    private final int[] localOf;
    private final int myRank;
    private final int p2p;
    private final CollChannel coll;
    private final WireOutput wire = new WireOutput(256);

    EngineComm(Engine engine, int id, int[] worldRanks) {
        this.engine = engine;
        this.id = id;
        this.worldRanks = worldRanks;
        this.localOf = new int[engine.size];
        Arrays.fill(localOf, UNDEFINED);
        for (int i = 0; i < worldRanks.length; i++) {
            localOf[worldRanks[i]] = i;
        }
        this.myRank = localOf[engine.rank];
        this.p2p = 2 * id;
        this.coll = new CollChannel(this, engine, 2 * id + 1);
    }

    int localRank(int world) {
        return world < 0 ? world : localOf[world];
    }

    int worldRank(int local) {
        return local < 0 ? local : worldRanks[local];
    }

    CollChannel coll() {
        return coll;
    }

    @Override
    public int rank() {
        return myRank;
    }

    @Override
    public int size() {
        return worldRanks.length;
    }

    @Override
    public Group group() {
        return new Group(worldRanks, engine.rank);
    }

    @Override
    public String toString() {
        return "Comm[id " + id + ", rank " + myRank + " of " + size() + "]";
    }

    // ------------------------------------------------------------------ validation

    private int dest(int dest) {
        if (dest == PROC_NULL) {
            return PROC_NULL;
        }
        if (dest < 0 || dest >= size()) {
            throw new IllegalArgumentException("destination rank " + dest + " is not in this communicator of "
                    + size() + " ranks (0.." + (size() - 1) + ")");
        }
        return worldRanks[dest];
    }

    private int source(int source) {
        if (source == ANY_SOURCE || source == PROC_NULL) {
            return source;
        }
        if (source < 0 || source >= size()) {
            throw new IllegalArgumentException("source rank " + source + " is not in this communicator of "
                    + size() + " ranks (0.." + (size() - 1) + ") nor ANY_SOURCE");
        }
        return worldRanks[source];
    }

    private static int sendTag(int tag) {
        if (tag < 0 || tag > TAG_UB) {
            throw new IllegalArgumentException("tag " + tag + " is outside 0.." + TAG_UB);
        }
        return tag;
    }

    private static int recvTag(int tag) {
        if (tag != ANY_TAG && (tag < 0 || tag > TAG_UB)) {
            throw new IllegalArgumentException("tag " + tag + " is outside 0.." + TAG_UB + " and is not ANY_TAG");
        }
        return tag;
    }

    private static Buffer buffer(Buffer b) {
        if (b == null) {
            throw new IllegalArgumentException("buffer is null");
        }
        return b;
    }

    // ------------------------------------------------------------------ point-to-point: objects

    @Override
    public void send(Object obj, int dest, int tag) {
        objectSend(obj, dest, tag, false);
    }

    @Override
    public void ssend(Object obj, int dest, int tag) {
        objectSend(obj, dest, tag, true);
    }

    private void objectSend(Object obj, int dest, int tag, boolean sync) {
        int d = dest(dest);
        sendTag(tag);
        wire.reset();
        Codecs.objects().encode(obj, wire);
        if (d == PROC_NULL) {
            return;
        }
        MemorySegment body = MemorySegment.ofArray(wire.array()).asSlice(0, wire.size());
        engine.send(p2p, d, tag, null, body, sync, dest).waitFor();
    }

    @Override
    public <T> T recv(int source, int tag) {
        Request r = irecv(source, tag);
        r.waitFor();
        return r.object();
    }

    @Override
    public Request isend(Object obj, int dest, int tag) {
        int d = dest(dest);
        sendTag(tag);
        byte[] bytes = CollChannel.encode(obj);
        if (d == PROC_NULL) {
            return nullSend(tag);
        }
        return engine.send(p2p, d, tag, null, MemorySegment.ofArray(bytes), false, dest);
    }

    @Override
    public Request irecv(int source, int tag) {
        return engine.irecv(this, p2p, source(source), recvTag(tag), null);
    }

    @Override
    public Status probe(int source, int tag) {
        return engine.probe(this, p2p, source(source), recvTag(tag));
    }

    @Override
    public Status iprobe(int source, int tag) {
        return engine.iprobe(this, p2p, source(source), recvTag(tag));
    }

    // ------------------------------------------------------------------ point-to-point: buffers

    @Override
    public void send(Buffer buf, int dest, int tag) {
        isend(buf, dest, tag).waitFor();
    }

    @Override
    public void ssend(Buffer buf, int dest, int tag) {
        int d = dest(dest);
        sendTag(tag);
        if (d != PROC_NULL) {
            engine.send(p2p, d, tag, buffer(buf).type(), buf.segment(), true, dest).waitFor();
        }
    }

    @Override
    public Status recv(Buffer buf, int source, int tag) {
        return irecv(buf, source, tag).waitFor();
    }

    @Override
    public Request isend(Buffer buf, int dest, int tag) {
        int d = dest(dest);
        sendTag(tag);
        buffer(buf);
        if (d == PROC_NULL) {
            return nullSend(tag);
        }
        return engine.send(p2p, d, tag, buf.type(), buf.segment(), false, dest);
    }

    @Override
    public Request irecv(Buffer buf, int source, int tag) {
        return engine.irecv(this, p2p, source(source), recvTag(tag), buffer(buf));
    }

    private Request nullSend(int tag) {
        SendRequest r = new SendRequest(engine, PROC_NULL, new Status(PROC_NULL, tag, 0, null, false), false);
        r.written();
        return r;
    }

    // ------------------------------------------------------------------ collectives: objects

    @Override
    public void barrier() {
        DisseminationBarrier.run(coll);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T bcast(T obj, int root) {
        checkRoot(root);
        byte[] bytes = BinomialBcast.runBytes(coll, myRank == root ? CollChannel.encode(obj) : null, root);
        return myRank == root ? obj : (T) CollChannel.decode(bytes);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T scatter(List<T> objs, int root) {
        checkRoot(root);
        byte[][] all = null;
        if (myRank == root) {
            checkLength(objs, "scatter");
            all = objs.stream().map(CollChannel::encode).toArray(byte[][]::new);
        }
        byte[] mine = LinearRooted.scatterBytes(coll, all, root);
        return myRank == root ? objs.get(root) : (T) CollChannel.decode(mine);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> List<T> gather(T obj, int root) {
        checkRoot(root);
        byte[][] all = LinearRooted.gatherBytes(coll, CollChannel.encode(obj), root);
        if (all == null) {
            return null;
        }
        List<T> out = new ArrayList<>(size());
        for (int r = 0; r < size(); r++) {
            out.add(r == root ? obj : (T) CollChannel.decode(all[r]));
        }
        return out;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> List<T> allgather(T obj) {
        byte[][] all = RingAllgather.runBytes(coll, CollChannel.encode(obj));
        List<T> out = new ArrayList<>(size());
        for (int r = 0; r < size(); r++) {
            out.add(r == myRank ? obj : (T) CollChannel.decode(all[r]));
        }
        return out;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> List<T> alltoall(List<T> objs) {
        checkLength(objs, "alltoall");
        byte[][] in = PairwiseAlltoall.runBytes(coll, objs.stream().map(CollChannel::encode).toArray(byte[][]::new));
        List<T> out = new ArrayList<>(size());
        for (int r = 0; r < size(); r++) {
            out.add(r == myRank ? objs.get(r) : (T) CollChannel.decode(in[r]));
        }
        return out;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T reduce(T obj, Op op, int root) {
        checkRoot(root);
        return (T) BinomialReduce.run(coll, new ObjectPayload(op), obj, root, op.isCommutative());
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T allreduce(T obj, Op op) {
        return (T) RecursiveDoublingAllreduce.run(coll, new ObjectPayload(op), obj);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T reduceScatter(List<T> objs, Op op) {
        checkLength(objs, "reduceScatter");
        Op elementwise = Op.of(op.name() + " element-wise", (List<Object> a, List<Object> b) ->
                IntStream.range(0, a.size()).mapToObj(i -> op.combine(a.get(i), b.get(i))).toList(), op.isCommutative());
        List<Object> total = (List<Object>) BinomialReduce.run(coll, new ObjectPayload(elementwise), new ArrayList<Object>(objs), 0, op.isCommutative());
        return scatter(total == null ? null : (List<T>) total, 0);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T scan(T obj, Op op) {
        return (T) RecursiveDoublingScan.run(coll, new ObjectPayload(op), obj, true);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T exscan(T obj, Op op) {
        return (T) RecursiveDoublingScan.run(coll, new ObjectPayload(op), obj, false);
    }

    private void checkRoot(int root) {
        if (root < 0 || root >= size()) {
            throw new IllegalArgumentException("root " + root + " is not in this communicator of " + size() + " ranks");
        }
    }

    private void checkLength(List<?> objs, String what) {
        if (objs == null || objs.size() != size()) {
            throw new IllegalArgumentException(what + " needs one value per rank (" + size() + "), got "
                    + (objs == null ? "null" : objs.size()));
        }
    }

    // ------------------------------------------------------------------ collectives: buffers

    @Override
    public void bcast(Buffer buf, int root) {
        checkRoot(root);
        BinomialBcast.run(coll, buffer(buf).segment(), root);
    }

    @Override
    public void scatter(Buffer send, Buffer recv, int root) {
        checkRoot(root);
        BufferCollectives.scatter(this, send, recv, root);
    }

    @Override
    public void gather(Buffer send, Buffer recv, int root) {
        checkRoot(root);
        BufferCollectives.gather(this, send, recv, root);
    }

    @Override
    public void allgather(Buffer send, Buffer recv) {
        BufferCollectives.allgather(this, send, recv);
    }

    @Override
    public void alltoall(Buffer send, Buffer recv) {
        BufferCollectives.alltoall(this, send, recv);
    }

    @Override
    public void reduce(Buffer send, Buffer recv, Op op, int root) {
        checkRoot(root);
        BufferCollectives.reduce(this, send, recv, op, root);
    }

    @Override
    public void allreduce(Buffer send, Buffer recv, Op op) {
        BufferCollectives.allreduce(this, send, recv, op);
    }

    @Override
    public void reduceScatter(Buffer send, Buffer recv, long[] recvCounts, Op op) {
        BufferCollectives.reduceScatter(this, send, recv, recvCounts, op);
    }

    @Override
    public void scan(Buffer send, Buffer recv, Op op) {
        BufferCollectives.scan(this, send, recv, op, true);
    }

    @Override
    public void exscan(Buffer send, Buffer recv, Op op) {
        BufferCollectives.scan(this, send, recv, op, false);
    }

    @Override
    public void scatterv(Buffer send, long[] counts, long[] displs, Buffer recv, int root) {
        checkRoot(root);
        BufferCollectives.scatterv(this, send, counts, displs, recv, root);
    }

    @Override
    public void gatherv(Buffer send, Buffer recv, long[] counts, long[] displs, int root) {
        checkRoot(root);
        BufferCollectives.gatherv(this, send, recv, counts, displs, root);
    }

    @Override
    public void allgatherv(Buffer send, Buffer recv, long[] counts, long[] displs) {
        BufferCollectives.allgatherv(this, send, recv, counts, displs);
    }

    @Override
    public void alltoallv(Buffer send, long[] sendCounts, long[] sendDispls, Buffer recv, long[] recvCounts, long[] recvDispls) {
        BufferCollectives.alltoallv(this, send, sendCounts, sendDispls, recv, recvCounts, recvDispls);
    }

    // ------------------------------------------------------------------ communicators

    private int agreeId() {
        int id = allreduce(engine.nextCommId, Op.MAX);
        engine.nextCommId = id + 1;
        return id;
    }

    @Override
    public Comm dup() {
        return new EngineComm(engine, agreeId(), worldRanks);
    }

    @Override
    public Comm split(int color, int key) {
        int[] members = splitMembers(color, key);
        return members == null ? null : new EngineComm(engine, engine.nextCommId - 1, members);
    }

    private int[] splitMembers(int color, int key) {
        if (color < 0 && color != UNDEFINED) {
            throw new IllegalArgumentException("color must be >= 0 or UNDEFINED, got " + color);
        }
        int newId = agreeId();
        List<int[]> all = allgather(new int[] {color, key});
        if (color == UNDEFINED) {
            return null;
        }
        engine.nextCommId = newId + 1;
        return IntStream.range(0, size()).filter(r -> all.get(r)[0] == color).boxed()
                .sorted(Comparator.<Integer>comparingInt(r -> all.get(r)[1]).thenComparingInt(r -> r))
                .mapToInt(r -> worldRanks[r]).toArray();
    }

    @Override
    public void abort(int code) {
        String why = "rank " + engine.rank + " called abort(" + code + ")";
        System.err.println("par4j: " + why);
        System.err.flush();
        engine.directory().abort(code, why);
        Runtime.getRuntime().halt(code);
    }

    // ------------------------------------------------------------------ topologies

    @Override
    public CartComm createCart(int[] dims, boolean[] periods) {
        if (dims == null || periods == null || dims.length != periods.length || dims.length == 0) {
            throw new IllegalArgumentException("createCart needs as many periods as dims (at least one)");
        }
        long cells = 1;
        for (int d : dims) {
            if (d < 1) {
                throw new IllegalArgumentException("grid extents must be >= 1: " + Arrays.toString(dims));
            }
            cells *= d;
        }
        if (cells > size()) {
            throw new IllegalArgumentException("a grid of " + Arrays.toString(dims) + " needs " + cells
                    + " ranks; this communicator has " + size());
        }
        int[] members = splitMembers(myRank < cells ? 0 : UNDEFINED, myRank);
        return members == null ? null : new EngineCartComm(engine, engine.nextCommId - 1, members, dims, periods);
    }
}
