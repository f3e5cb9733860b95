package org.par4j;

/**
 * End of stream on a {@link Connection} or {@link Queue}: the other side closed it, or its process
 * died. Python raises {@code EOFError} (or hangs, for a queue); par4j names the process.
 */
public class ChannelClosedException extends Par4jException {
    private static final long serialVersionUID = 1L;
    private final long peerPid;

    /**
     * @param message what happened
     * @param peerPid the process that closed or died, or -1 if unknown
     */
    public ChannelClosedException(String message, long peerPid) {
        super(message);
        this.peerPid = peerPid;
    }

    /** @return the process that closed or died, or -1 if unknown */
    public long peerPid() {
        return peerPid;
    }
}
