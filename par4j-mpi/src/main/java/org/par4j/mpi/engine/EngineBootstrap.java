package org.par4j.mpi.engine;

import java.lang.foreign.Arena;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.par4j.transport.Endpoint;
import org.par4j.transport.HostId;
import org.par4j.transport.JobKey;
import org.par4j.transport.PeerLink;
import org.par4j.transport.TransportKind;
import org.par4j.transport.rendezvous.Directory;
import org.par4j.transport.rendezvous.RendezvousClient;
import org.par4j.transport.rendezvous.RendezvousProtocol;
import org.par4j.transport.shm.ShmLink;
import org.par4j.transport.shm.ShmRingFiles;
import org.par4j.transport.shm.SpscByteRing;
import org.par4j.transport.shm.SpscRingDescriptor;
import org.par4j.transport.tcp.TcpMesh;

/**
 * Wires a rank: creates its inbound rings, registers with the directory, picks a transport per peer
 * (self, then shm where the host is the same and shm is allowed, else tcp), maps the peers' rings,
 * connects the TCP mesh, waits until every rank has mapped its rings, then unlinks its own ring files:
 * from then on a killed job leaves nothing in {@code /dev/shm}.
 */
public final class EngineBootstrap {
    private static final long WIRING_TIMEOUT_MS = Long.getLong("par4j.mpi.wiringTimeoutMillis", 60_000);

    private EngineBootstrap() {
    }

    /**
     * The data bytes of each inbound ring: {@code par4j.shm.ringBytes} if set, else 4 MiB, halved as the
     * job grows so that a rank's rings hold at most 16 MiB together, and never under 1 MiB. A sender that
     * finds the ring full waits until the reader runs, and on a busy machine that is often a scheduler
     * time slice away: a 2-rank allreduce of 8 MiB (4 MiB blocks) took 1.4 ms with 4 MiB rings and
     * 1.9 ms with 1 MiB ones, at load 4 on 2 cores (medians of per-run minima).
     *
     * @param size ranks in the job
     * @return the ring capacity, a power of two
     */
    static long ringBytes(int size) {
        Long set = Long.getLong(ShmRingFiles.RING_BYTES_PROPERTY);
        if (set != null) {
            return set;
        }
        return Math.max(1L << 20, Math.min(4L << 20, Long.highestOneBit((16L << 20) / Math.max(1, size - 1))));
    }

    /** @return the engine described by the launcher's environment, or a single rank without one */
    public static Engine fromEnvironment() {
        String address = System.getenv(RendezvousProtocol.ENV_ADDRESS);
        if (address == null) {
            return wire(0, 1, "solo-" + ProcessHandle.current().pid(), null, TransportKind.SHM, new SoloDirectory());
        }
        CpuBinding.applyFromEnvironment();
        int rank = Integer.parseInt(System.getenv(RendezvousProtocol.ENV_RANK));
        int size = Integer.parseInt(System.getenv(RendezvousProtocol.ENV_SIZE));
        String keyHex = System.getenv(JobKey.ENV);
        if (keyHex == null) {
            throw new IllegalStateException("launched without a job key (" + JobKey.ENV + ")");
        }
        JobKey key = JobKey.fromHex(keyHex);
        Directory dir = new RendezvousClient(address, key, rank);
        return wire(rank, size, System.getenv(RendezvousProtocol.ENV_JOB_ID), key,
                TransportKind.parseChoice(System.getenv(RendezvousProtocol.ENV_TRANSPORT)), dir);
    }

    /**
     * @param rank this rank
     * @param size ranks in the job
     * @param jobId names the ring files
     * @param key the job key (for TCP links)
     * @param choice SHM or TCP to force one between processes, null for auto
     * @param dir the directory
     * @return the wired engine
     */
    public static Engine wire(int rank, int size, String jobId, JobKey key, TransportKind choice, Directory dir) {
        Arena arena = Arena.ofShared();
        PeerLink[] links = new PeerLink[size];
        boolean shmAllowed = choice != TransportKind.TCP;
        String prefix = shmAllowed && size > 1 ? ShmRingFiles.prefix(jobId) : "";
        SpscByteRing[] inbound = new SpscByteRing[size];
        long cap = ringBytes(size);
        if (!prefix.isEmpty()) {
            for (int src = 0; src < size; src++) {
                if (src != rank) {
                    inbound[src] = ShmRingFiles.create(ShmRingFiles.path(prefix, src, rank), cap, arena);
                }
            }
        }
        try (TcpMesh mesh = size > 1 && choice != TransportKind.SHM ? new TcpMesh() : null) {
            Endpoint mine = new Endpoint(rank, HostId.get(), prefix, mesh == null ? "" : mesh.host(), mesh == null ? 0 : mesh.port());
            List<Endpoint> table = size > 1 ? dir.exchange(mine) : List.of(mine);
            Set<Integer> tcpPeers = new HashSet<>();
            for (int p = 0; p < size; p++) {
                Endpoint e = table.get(p);
                if (p == rank) {
                    SpscByteRing self = SpscByteRing.format(arena.allocate(SpscRingDescriptor.fileSize(cap), 128), cap);
                    links[p] = new ShmLink(self, self, TransportKind.SELF);
                } else if (shmAllowed && !e.shmPrefix().isEmpty() && e.hostId().equals(mine.hostId())) {
                    SpscByteRing out = ShmRingFiles.attach(ShmRingFiles.path(e.shmPrefix(), rank, p), arena);
                    links[p] = new ShmLink(out, inbound[p], TransportKind.SHM);
                } else if (e.tcpPort() != 0 && mesh != null) {
                    tcpPeers.add(p);
                } else {
                    throw new IllegalStateException("rank " + rank + " cannot reach rank " + p + ": no shared host and no TCP endpoint");
                }
            }
            if (!tcpPeers.isEmpty()) {
                mesh.connect(rank, tcpPeers, table, key, links, WIRING_TIMEOUT_MS);
            }
            if (size > 1) {
                dir.barrier();
            }
        } finally {
            if (!prefix.isEmpty()) {
                for (int src = 0; src < size; src++) {
                    ShmRingFiles.unlink(ShmRingFiles.path(prefix, src, rank));
                }
            }
        }
        return new Engine(rank, links, dir, arena);
    }

    /** The directory of a rank started without a launcher: a job of one. */
    static final class SoloDirectory implements Directory {
        @Override
        public List<Endpoint> exchange(Endpoint mine) {
            return List.of(mine);
        }

        @Override
        public void barrier() {
        }

        @Override
        public void onRankGone(java.util.function.BiConsumer<Integer, String> onRankGone) {
        }

        @Override
        public void abort(int code, String reason) {
        }

        @Override
        public void close() {
        }
    }
}
