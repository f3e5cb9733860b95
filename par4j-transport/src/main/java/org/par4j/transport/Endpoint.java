package org.par4j.transport;

/**
 * How to reach one rank: what it registers with the launcher's rendezvous.
 *
 * @param rank its world rank
 * @param hostId identifies its host (name and boot id): shared memory reaches equal host ids only
 * @param shmPrefix the path prefix of its inbound ring files, empty if it has none
 * @param tcpHost the address its TCP listener is bound to, empty if it has none
 * @param tcpPort the listener's port, 0 if none
 */
public record Endpoint(int rank, String hostId, String shmPrefix, String tcpHost, int tcpPort) {

    /** @return a one-line form without spaces ({@link #parse} reads it back) */
    public String format() {
        return rank + "|" + hostId + "|" + shmPrefix + "|" + tcpHost + "|" + tcpPort;
    }

    /**
     * @param line what {@link #format()} wrote
     * @return the endpoint
     */
    public static Endpoint parse(String line) {
        String[] p = line.split("\\|", -1);
        if (p.length != 5) {
            throw new IllegalArgumentException("malformed endpoint: " + line);
        }
        return new Endpoint(Integer.parseInt(p[0]), p[1], p[2], p[3], Integer.parseInt(p[4]));
    }
}
