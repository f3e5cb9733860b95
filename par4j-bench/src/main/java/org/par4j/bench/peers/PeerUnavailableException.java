package org.par4j.bench.peers;

/** The peer benchmarks could not run here; the message says what is missing and how to install it. */
public class PeerUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message what is missing, with the install command when known */
    public PeerUnavailableException(String message) {
        super(message);
    }
}
