package org.par4j.mpi.engine;

import org.par4j.mpi.Datatype;
import org.par4j.mpi.MpiException;
import org.par4j.mpi.TruncationException;
import org.par4j.mpi.TypeMismatchException;

/** Whether an arriving message fits the receive it matched: kind (object or buffer), type and size. */
final class ReceiveFit {
    private ReceiveFit() {
    }

    /**
     * @param rank this rank, for the message
     * @return null if the message fits, else the error the receive fails with
     */
    static MpiException check(int rank, RecvRequest r, int typeCode, long length, int src, int tag) {
        Datatype mt = FrameDescriptor.datatype(typeCode);
        if (r.buf == null) {
            return mt == null ? null : new TypeMismatchException(where(rank, src, tag) + ": expected an object but the message is a buffer of "
                    + length / mt.byteSize() + " " + mt.javaName() + "s; receive it with recv(Buffer, source, tag)");
        }
        Datatype want = r.buf.type();
        if (mt == null) {
            return new TypeMismatchException(where(rank, src, tag) + ": expected a buffer of " + want.javaName()
                    + "s but the message is an object (sent with send(Object, dest, tag)); receive it with recv(source, tag)");
        }
        if (want != Datatype.BYTE && mt != want) {
            return new TypeMismatchException(where(rank, src, tag) + ": expected " + want.javaName() + "s but the message holds "
                    + length / mt.byteSize() + " " + mt.javaName() + "s");
        }
        long room = r.buf.segment().byteSize();
        if (length > room) {
            return new TruncationException(length, room, where(rank, src, tag) + ", " + length / mt.byteSize() + " " + mt.javaName()
                    + "s into a buffer of " + r.buf.count() + " " + want.javaName() + "s");
        }
        return null;
    }

    /** Only on an error: every receive passes through {@link #check}. */
    private static String where(int rank, int src, int tag) {
        return "rank " + rank + " receiving from rank " + src + " (tag " + tag + ")";
    }
}
