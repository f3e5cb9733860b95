package org.par4j.mpi;

import java.util.List;
import org.par4j.mpi.spi.CommProvider;

/**
 * A communicator: a group of ranks that exchange messages, in the MPI standard's order and words
 * (mpi4py's {@code Comm}). {@link #world()} is every rank of the job; a program started without a
 * launcher is a job of one rank.
 *
 * <pre>{@code
 * // bin/par4j run -n 2 PointToPoint.java
 * Comm world = Comm.world();
 * if (world.rank() == 0) {
 *     world.send(Map.of("a", 7, "b", 3.14), 1, 11);           // objects go through the object codec
 *     int[] data = IntStream.range(0, 23).toArray();
 *     world.send(data, 0, data.length, 1, 77);               // typed arrays move raw bytes
 * } else if (world.rank() == 1) {
 *     Map<String, Object> dict = world.recv(0, 11);
 *     int[] data = new int[23];
 *     Status s = world.recv(data, 0, data.length, 0, 77);
 * }
 * }</pre>
 *
 * <p><b>Semantics.</b> Messages from one sender to one receiver on one communicator and tag are
 * non-overtaking. {@link #ANY_SOURCE} and {@link #ANY_TAG} match posted and already-arrived messages.
 * A receive buffer too small for the message throws {@link TruncationException} naming both sizes; an
 * object receive of a buffer message (or the reverse, or buffers of different element types) throws
 * {@link TypeMismatchException}; a rank that died makes every call waiting on it throw
 * {@link RankFailedException}. Invalid ranks, tags and counts are {@link IllegalArgumentException}s.
 * Sends and receives to {@link #PROC_NULL} complete at once. Counts and sizes are 64-bit.
 *
 * <p>Point-to-point calls on typed buffers, arrays and memory segments are declared in
 * {@link BufferPointToPoint}, which this interface extends.
 *
 * <p><b>Threads.</b> A communicator may be used by one thread at a time (MPI_THREAD_SERIALIZED).
 *
 * <p><b>Memory consistency effects.</b> Actions in a thread before a send happen-before the matching
 * receive returns in the receiving rank.
 */
public interface Comm extends BufferPointToPoint {

    /** Receive from any sender (MPI_ANY_SOURCE). */
    int ANY_SOURCE = -1;
    /** Receive any tag (MPI_ANY_TAG). */
    int ANY_TAG = -1;
    /** The null process: sends to it and receives from it complete at once (MPI_PROC_NULL). */
    int PROC_NULL = -2;
    /** Not a member; the color that leaves a process out of {@link #split} (MPI_UNDEFINED). */
    int UNDEFINED = -32766;
    /** The largest tag users may use (MPI_TAG_UB). */
    int TAG_UB = (1 << 30) - 1;

    /** @return the communicator of every rank in the job (MPI_COMM_WORLD), set up on first use */
    static Comm world() {
        return CommProvider.get().world();
    }

    // ---------------------------------------------------------------- communicator info

    /** @return this process's rank, 0 to {@code size() - 1} */
    int rank();

    /** @return number of ranks */
    int size();

    /** @return the ranks of this communicator, named by world rank */
    Group group();

    // ---------------------------------------------------------------- point-to-point: objects

    /**
     * Sends an object (serialized by the object codec); returns when the object may be changed.
     *
     * @param obj any value the codec supports, null included
     * @param dest destination rank, or PROC_NULL
     * @param tag message tag, 0 to TAG_UB
     */
    void send(Object obj, int dest, int tag);

    /**
     * Synchronous send: returns once the receiver has matched the message (MPI_Ssend).
     *
     * @param obj the value
     * @param dest destination rank
     * @param tag message tag
     */
    void ssend(Object obj, int dest, int tag);

    /**
     * Receives an object.
     *
     * @param <T> the type the caller expects
     * @param source source rank, ANY_SOURCE or PROC_NULL (returns null)
     * @param tag tag or ANY_TAG
     * @return the object
     */
    <T> T recv(int source, int tag);

    /**
     * Non-blocking object send.
     *
     * @param obj the value (serialized before this returns)
     * @param dest destination rank
     * @param tag message tag
     * @return the request
     */
    Request isend(Object obj, int dest, int tag);

    /**
     * Non-blocking object receive; the object is {@link Request#object()} once complete.
     *
     * @param source source rank or ANY_SOURCE
     * @param tag tag or ANY_TAG
     * @return the request
     */
    Request irecv(int source, int tag);

    /**
     * Sends an object and receives one, without deadlock between the pair.
     *
     * @param <T> the received type
     * @param obj the value to send
     * @param dest destination rank
     * @param sendTag tag of the message sent
     * @param source source rank
     * @param recvTag tag to receive
     * @return the received object
     */
    default <T> T sendrecv(Object obj, int dest, int sendTag, int source, int recvTag) {
        Request r = irecv(source, recvTag);
        send(obj, dest, sendTag);
        r.waitFor();
        return r.object();
    }

    /**
     * Blocks until a matching message has arrived, without receiving it.
     *
     * @param source source rank or ANY_SOURCE
     * @param tag tag or ANY_TAG
     * @return its source, tag and size
     */
    Status probe(int source, int tag);

    /**
     * Checks whether a matching message has arrived, without receiving it.
     *
     * @param source source rank or ANY_SOURCE
     * @param tag tag or ANY_TAG
     * @return its status, or null if none has
     */
    Status iprobe(int source, int tag);

    // ---------------------------------------------------------------- collectives: objects

    /** Blocks until every rank has called it (MPI_Barrier). */
    void barrier();

    /**
     * Broadcasts an object from the root (MPI_Bcast).
     *
     * @param <T> the type
     * @param obj the value at the root, ignored elsewhere
     * @param root the rank that has it
     * @return the root's value, on every rank
     */
    <T> T bcast(T obj, int root);

    /**
     * Sends element {@code i} of the root's list to rank {@code i} (MPI_Scatter).
     *
     * @param <T> the element type
     * @param objs {@code size()} values at the root, ignored elsewhere
     * @param root the sending rank
     * @return this rank's element
     */
    <T> T scatter(List<T> objs, int root);

    /**
     * Collects one value per rank at the root (MPI_Gather).
     *
     * @param <T> the type
     * @param obj this rank's value
     * @param root the collecting rank
     * @return the values in rank order at the root, null elsewhere
     */
    <T> List<T> gather(T obj, int root);

    /**
     * Collects one value per rank on every rank (MPI_Allgather).
     *
     * @param <T> the type
     * @param obj this rank's value
     * @return the values in rank order
     */
    <T> List<T> allgather(T obj);

    /**
     * Sends element {@code i} to rank {@code i} and receives one from each (MPI_Alltoall).
     *
     * @param <T> the type
     * @param objs {@code size()} values
     * @return the values received, in rank order
     */
    <T> List<T> alltoall(List<T> objs);

    /**
     * Combines one value per rank at the root (MPI_Reduce).
     *
     * @param <T> the type
     * @param obj this rank's value
     * @param op the operation
     * @param root the rank that gets the result
     * @return the result at the root, null elsewhere
     */
    <T> T reduce(T obj, Op op, int root);

    /**
     * Combines one value per rank on every rank (MPI_Allreduce).
     *
     * @param <T> the type
     * @param obj this rank's value
     * @param op the operation
     * @return the result
     */
    <T> T allreduce(T obj, Op op);

    /**
     * Combines element-wise lists and hands element {@code i} to rank {@code i} (MPI_Reduce_scatter_block).
     *
     * @param <T> the type
     * @param objs {@code size()} values
     * @param op the operation
     * @return the combination of every rank's element {@code rank()}
     */
    <T> T reduceScatter(List<T> objs, Op op);

    /**
     * Inclusive prefix reduction: rank i gets the combination of ranks 0..i (MPI_Scan).
     *
     * @param <T> the type
     * @param obj this rank's value
     * @param op the operation
     * @return the prefix
     */
    <T> T scan(T obj, Op op);

    /**
     * Exclusive prefix reduction: rank i gets the combination of ranks 0..i-1, rank 0 null (MPI_Exscan).
     *
     * @param <T> the type
     * @param obj this rank's value
     * @param op the operation
     * @return the prefix, null at rank 0
     */
    <T> T exscan(T obj, Op op);

    // ---------------------------------------------------------------- collectives: buffers

    /** Broadcasts the root's buffer into every rank's (MPI_Bcast). @param buf the data at the root, where it goes elsewhere @param root the rank that has it */
    void bcast(Buffer buf, int root);

    /**
     * Splits the root's buffer into {@code size()} equal blocks, block i to rank i (MPI_Scatter).
     *
     * @param send {@code size() * recv.count()} elements at the root, ignored (may be null) elsewhere
     * @param recv where this rank's block goes
     * @param root the sending rank
     */
    void scatter(Buffer send, Buffer recv, int root);

    /**
     * Collects equal blocks in rank order at the root (MPI_Gather).
     *
     * @param send this rank's block
     * @param recv {@code size() * send.count()} elements at the root, ignored (may be null) elsewhere
     * @param root the collecting rank
     */
    void gather(Buffer send, Buffer recv, int root);

    /** Collects equal blocks in rank order on every rank (MPI_Allgather). @param send this rank's block @param recv room for {@code size()} blocks */
    void allgather(Buffer send, Buffer recv);

    /** Block i of {@code send} goes to rank i; block j of {@code recv} comes from rank j (MPI_Alltoall). @param send {@code size()} blocks @param recv room for {@code size()} blocks */
    void alltoall(Buffer send, Buffer recv);

    /** Element-wise reduction at the root (MPI_Reduce). @param send this rank's data @param recv the result at the root (may be null elsewhere) @param op the operation @param root the rank that gets it */
    void reduce(Buffer send, Buffer recv, Op op, int root);

    /** Element-wise reduction on every rank (MPI_Allreduce). @param send this rank's data @param recv the result @param op the operation */
    void allreduce(Buffer send, Buffer recv, Op op);

    /**
     * Element-wise reduction, then block i of the result to rank i (MPI_Reduce_scatter).
     *
     * @param send the data, {@code sum(recvCounts)} elements
     * @param recv this rank's block, {@code recvCounts[rank()]} elements
     * @param recvCounts block sizes in elements, one per rank
     * @param op the operation
     */
    void reduceScatter(Buffer send, Buffer recv, long[] recvCounts, Op op);

    /** Inclusive element-wise prefix reduction (MPI_Scan). @param send this rank's data @param recv the prefix @param op the operation */
    void scan(Buffer send, Buffer recv, Op op);

    /** Exclusive element-wise prefix reduction (MPI_Exscan); rank 0's {@code recv} is left unchanged. @param send this rank's data @param recv the prefix @param op the operation */
    void exscan(Buffer send, Buffer recv, Op op);

    /**
     * Scatter with a block size and place per rank (MPI_Scatterv).
     *
     * @param send the root's data (may be null elsewhere)
     * @param counts elements for each rank (significant at the root)
     * @param displs first element of each rank's block in {@code send}
     * @param recv where this rank's block goes
     * @param root the sending rank
     */
    void scatterv(Buffer send, long[] counts, long[] displs, Buffer recv, int root);

    /**
     * Gather with a block size and place per rank (MPI_Gatherv).
     *
     * @param send this rank's block
     * @param recv the root's buffer (may be null elsewhere)
     * @param counts elements from each rank (significant at the root)
     * @param displs where each rank's block goes in {@code recv}
     * @param root the collecting rank
     */
    void gatherv(Buffer send, Buffer recv, long[] counts, long[] displs, int root);

    /** Allgather with a block size and place per rank (MPI_Allgatherv). @param send this rank's block @param recv the result @param counts elements from each rank @param displs where each block goes */
    void allgatherv(Buffer send, Buffer recv, long[] counts, long[] displs);

    /**
     * Alltoall with a block size and place per pair (MPI_Alltoallv).
     *
     * @param send the data
     * @param sendCounts elements to each rank
     * @param sendDispls first element for each rank in {@code send}
     * @param recv the result
     * @param recvCounts elements from each rank
     * @param recvDispls where each rank's block goes in {@code recv}
     */
    void alltoallv(Buffer send, long[] sendCounts, long[] sendDispls, Buffer recv, long[] recvCounts, long[] recvDispls);

    // ---------------------------------------------------------------- communicators

    /** @return a new communicator with the same ranks and a separate message space (MPI_Comm_dup) */
    Comm dup();

    /**
     * Partitions the ranks by color, ordered by key then old rank (MPI_Comm_split). Collective.
     *
     * @param color the partition, or UNDEFINED to get none
     * @param key the order within the partition
     * @return this rank's new communicator, or null for color UNDEFINED
     */
    Comm split(int color, int key);

    /**
     * The communicator of a subgroup (MPI_Comm_create). Collective over this communicator.
     *
     * @param group a subset of {@link #group()}, the same on every rank
     * @return the new communicator on its members, null elsewhere
     */
    default Comm create(Group group) {
        int me = group.rank();
        return split(me == UNDEFINED ? UNDEFINED : 0, me);
    }

    /**
     * Stops every rank of the job, this one included, with the given exit status (MPI_Abort).
     *
     * @param code the job's exit status
     */
    void abort(int code);

    // ---------------------------------------------------------------- topologies

    /**
     * Lays the ranks out on a Cartesian grid (MPI_Cart_create, no reordering). Collective.
     *
     * @param dims extent of each dimension; the product at most {@code size()}
     * @param periods whether each dimension wraps around
     * @return the grid on the ranks inside it, null on the ranks left over
     */
    CartComm createCart(int[] dims, boolean[] periods);
}
