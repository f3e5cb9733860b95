package org.par4j.transport;

/**
 * The transports, best first: a peer is reached by the best one that can reach it, as Open MPI's BTLs
 * are ranked ({@code opal/mca/btl/btl.h}).
 */
public enum TransportKind {
    /** The process itself: an in-memory ring. */
    SELF,
    /** Another process on this host: rings in shared memory. */
    SHM,
    /** Any process: a TCP connection. */
    TCP;

    /**
     * @param text {@code auto}, {@code shm} or {@code tcp} (the launcher's {@code --transport})
     * @return the best transport allowed between processes, null for auto
     */
    public static TransportKind parseChoice(String text) {
        return switch (text == null ? "auto" : text.toLowerCase(java.util.Locale.ROOT)) {
            case "auto" -> null;
            case "shm" -> SHM;
            case "tcp" -> TCP;
            default -> throw new IllegalArgumentException("unknown transport '" + text + "': use auto, shm or tcp");
        };
    }
}
