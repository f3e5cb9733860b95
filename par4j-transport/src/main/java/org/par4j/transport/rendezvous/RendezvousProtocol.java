package org.par4j.transport.rendezvous;

/**
 * The launcher's rendezvous protocol and the environment it gives ranks. After the {@code Handshake}
 * (purpose {@value #PURPOSE}, id = rank), UTF-8 lines:
 * <pre>
 *   rank -> launcher : REGISTER endpoint          launcher -> rank : TABLE n, then n endpoint lines
 *   rank -> launcher : MAPPED                     launcher -> rank : GO           (all rings mapped)
 *   launcher -> rank : GONE rank text             (a rank exited or died)
 *   launcher -> rank : STOP text                  (the job is being stopped)
 *   rank -> launcher : ABORT code text            (MPI_Abort)
 * </pre>
 * The connection stays open for the rank's life: a rank halts when it reads end-of-file (launcher dead).
 */
public final class RendezvousProtocol {
    /** Handshake purpose. */
    public static final String PURPOSE = "par4j-rendezvous";
    /** Environment: {@code host:port} of the rendezvous. */
    public static final String ENV_ADDRESS = "PAR4J_RENDEZVOUS";
    /** Environment: this rank. */
    public static final String ENV_RANK = "PAR4J_RANK";
    /** Environment: number of ranks. */
    public static final String ENV_SIZE = "PAR4J_SIZE";
    /** Environment: the job id (names ring files). */
    public static final String ENV_JOB_ID = "PAR4J_JOB_ID";
    /** Environment: {@code auto}, {@code shm} or {@code tcp}. */
    public static final String ENV_TRANSPORT = "PAR4J_TRANSPORT";
    /** Environment variable: the CPU a rank binds its engine thread to (absent: unbound). */
    public static final String ENV_CPU = "PAR4J_CPU";

    private RendezvousProtocol() {
    }
}
