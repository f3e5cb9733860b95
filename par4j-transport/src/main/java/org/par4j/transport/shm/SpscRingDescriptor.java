package org.par4j.transport.shm;

/**
 * The layout of one single-producer single-consumer byte ring in shared memory (one file per ordered
 * pair of ranks, {@code /dev/shm/par4j-<job>-<src>to<dst>}). The consumer creates it; the producer
 * maps it. Counters only grow; {@code position & (capacity - 1)} is the byte in the data area.
 * <pre>
 *   0                   8                  16                 24                 32
 *   +-------------------+------------------+------------------+------------------+
 *   | magic "PAR4JRNG"  | version (long)   | capacity (long)  | creator pid      |  header line
 *   +-------------------+------------------+------------------+------------------+
 *   | creator start time (ms)  ...  padding to 128                               |
 *   +----------------------------------------------------------------------------+
 * 128 | tail: bytes published by the producer (long, setRelease / getAcquire) ...   |  own 128-byte line
 *   +----------------------------------------------------------------------------+
 * 256 | head: bytes consumed by the consumer  (long, setRelease / getAcquire) ...   |  own 128-byte line
 *   +----------------------------------------------------------------------------+
 * 384 | data[capacity] (a byte stream of frames; a frame may wrap around the end)  |
 *   +----------------------------------------------------------------------------+
 * </pre>
 * Unlike Agrona's record ring the data area is a plain byte stream: the engine frames messages itself,
 * and a large message streams through the ring in whatever pieces fit, which pipelines it for free.
 */
public final class SpscRingDescriptor {
    /** "PAR4JRNG" in ASCII. */
    public static final long MAGIC = 0x474E524A34524150L;
    /** Layout version. */
    public static final long VERSION = 1;
    /** Offset of the magic. */
    public static final long MAGIC_OFFSET = 0;
    /** Offset of the version. */
    public static final long VERSION_OFFSET = 8;
    /** Offset of the data capacity. */
    public static final long CAPACITY_OFFSET = 16;
    /** Offset of the creator's pid. */
    public static final long PID_OFFSET = 24;
    /** Offset of the creator's start time. */
    public static final long START_OFFSET = 32;
    /** Offset of the producer's counter. */
    public static final long TAIL_OFFSET = 128;
    /** Offset of the consumer's counter. */
    public static final long HEAD_OFFSET = 256;
    /** Offset of the data area. */
    public static final long DATA_OFFSET = 384;

    private SpscRingDescriptor() {
    }

    /** @param capacity data bytes, a power of two @return the file size */
    public static long fileSize(long capacity) {
        return DATA_OFFSET + capacity;
    }
}
