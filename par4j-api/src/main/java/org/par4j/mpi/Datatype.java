package org.par4j.mpi;

/**
 * The element types of typed buffers, as MPI's basic datatypes. A receive of one type does not accept a
 * message of another ({@link TypeMismatchException}); {@link #BYTE} buffers given as raw
 * {@link java.lang.foreign.MemorySegment}s accept any typed message.
 */
public enum Datatype {
    /** {@code byte}, MPI_BYTE. */
    BYTE(1),
    /** {@code short}, MPI_SHORT. */
    SHORT(2),
    /** {@code char}, a UTF-16 code unit (MPI_UINT16_T). */
    CHAR(2),
    /** {@code int}, MPI_INT. */
    INT(4),
    /** {@code long}, MPI_LONG. */
    LONG(8),
    /** {@code float}, MPI_FLOAT. */
    FLOAT(4),
    /** {@code double}, MPI_DOUBLE. */
    DOUBLE(8);

    private final int byteSize;

    Datatype(int byteSize) {
        this.byteSize = byteSize;
    }

    /** @return bytes per element */
    public int byteSize() {
        return byteSize;
    }

    /** @return the name in Java terms, for messages ({@code "int"}) */
    public String javaName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
