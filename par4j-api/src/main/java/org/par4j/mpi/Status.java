package org.par4j.mpi;

/**
 * What arrived: the source rank, the tag and the size of a received (or probed) message.
 *
 * @param source the sender's rank in the communicator
 * @param tag the message's tag
 * @param bytes the message's size in bytes (64-bit)
 * @param type the element type of a buffer message, {@code null} for an object message
 * @param cancelled true if the request was cancelled instead of completed
 */
public record Status(int source, int tag, long bytes, Datatype type, boolean cancelled) {

    /** @return elements of the message's type (bytes for an object message), 64-bit */
    public long count() {
        return type == null ? bytes : bytes / type.byteSize();
    }

    /**
     * @param as the element type to count in
     * @return elements of {@code as} in the message, like {@code MPI_Get_count}
     */
    public long count(Datatype as) {
        return bytes / as.byteSize();
    }
}
