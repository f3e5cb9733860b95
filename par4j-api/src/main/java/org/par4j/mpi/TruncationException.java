package org.par4j.mpi;

/** A message was larger than the receive buffer posted for it; the message names both sizes. */
public class TruncationException extends MpiException {
    private static final long serialVersionUID = 1L;
    private final long messageBytes;
    private final long bufferBytes;

    /**
     * @param messageBytes bytes the sender sent
     * @param bufferBytes bytes the receive buffer holds
     * @param detail source, tag and element type, in words
     */
    public TruncationException(long messageBytes, long bufferBytes, String detail) {
        super("message truncated: " + detail + ": the message has " + messageBytes
                + " bytes but the receive buffer holds only " + bufferBytes + " bytes");
        this.messageBytes = messageBytes;
        this.bufferBytes = bufferBytes;
    }

    /** @return bytes the sender sent */
    public long messageBytes() {
        return messageBytes;
    }

    /** @return bytes the receive buffer holds */
    public long bufferBytes() {
        return bufferBytes;
    }
}
