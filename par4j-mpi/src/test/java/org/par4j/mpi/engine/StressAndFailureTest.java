package org.par4j.mpi.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.par4j.mpi.Buffer;
import org.par4j.mpi.Comm;
import org.par4j.mpi.Op;
import org.par4j.mpi.RankFailedException;
import org.par4j.mpi.Request;
import org.par4j.transport.TransportKind;

/** Many interleaved non-blocking messages with ANY_SOURCE; a rank dying inside a collective. */
class StressAndFailureTest {
    private static final int TOTAL = 100_000;
    private static final int WINDOW = 64;

    private static int destination(SplittableRandom r, int me, int n) {
        int d = r.nextInt(n - 1);
        return d >= me ? d + 1 : d;
    }

    @ParameterizedTest(name = "{0} x{1}")
    @CsvSource({"SHM, 2", "SHM, 3", "SHM, 7", "TCP, 4"})
    void shouldDeliverRandomInterleavedMessagesExactlyOnceInOrderPerPair(TransportKind t, int n) {
        Jobs.run(n, t, c -> {
            int me = c.rank();
            int perRank = TOTAL / n;
            int[] expectFrom = new int[n];
            for (int s = 0; s < n; s++) {
                SplittableRandom r = new SplittableRandom(1000 + s);
                for (int i = 0; i < perRank; i++) {
                    if (destination(r, s, n) == me) {
                        expectFrom[s]++;
                    }
                }
            }
            int expected = java.util.Arrays.stream(expectFrom).sum();
            SplittableRandom dests = new SplittableRandom(1000 + me);
            SplittableRandom coin = new SplittableRandom(7 + me);
            int[] nextSeqTo = new int[n];
            int[] nextSeqFrom = new int[n];
            Deque<Request> sends = new ArrayDeque<>();
            Deque<Object[]> recvs = new ArrayDeque<>();
            int sent = 0;
            int received = 0;
            int posted = 0;
            while (sent < perRank || received < expected) {
                if (sent < perRank && sends.size() < WINDOW && coin.nextBoolean()) {
                    int d = destination(dests, me, n);
                    sends.add(c.isend(new int[] {me, nextSeqTo[d]++}, 0, 2, d, 5));
                    sent++;
                } else if (posted < expected && recvs.size() < WINDOW) {
                    int[] box = new int[2];
                    recvs.add(new Object[] {c.irecv(Buffer.of(box), Comm.ANY_SOURCE, 5), box});
                    posted++;
                }
                while (!sends.isEmpty() && sends.peek().test()) {
                    sends.poll();
                }
                while (!recvs.isEmpty() && ((Request) recvs.peek()[0]).test()) {
                    Object[] head = recvs.poll();
                    int[] box = (int[]) head[1];
                    assertThat(((Request) head[0]).waitFor().source()).isEqualTo(box[0]);
                    assertThat(box[1]).as("sequence from rank %d", box[0]).isEqualTo(nextSeqFrom[box[0]]++);
                    received++;
                }
            }
            Request.waitAll(sends.toArray(Request[]::new));
            assertThat(nextSeqFrom).containsExactly(expectFrom);
            assertThat(c.iprobe(Comm.ANY_SOURCE, Comm.ANY_TAG)).isNull();
            c.barrier();
        });
    }

    @ParameterizedTest(name = "{0} x{1}")
    @CsvSource({"SHM, 3", "TCP, 3", "SHM, 4"})
    void shouldFailEveryRankWaitingOnARankThatDiedInsideACollective(TransportKind t, int n) {
        AtomicReference<Throwable> seen = new AtomicReference<>();
        assertThatThrownBy(() -> Jobs.run(n, t, c -> {
            c.barrier();
            if (c.rank() == 1) {
                throw new IllegalStateException("rank 1 dies before the allreduce");
            }
            try {
                c.allreduce(Buffer.of(new double[100]), Buffer.of(new double[100]), Op.SUM);
            } catch (RankFailedException e) {
                seen.compareAndSet(null, e);
                throw e;
            }
        })).hasMessageContaining("rank 1 dies before the allreduce");
        assertThat(seen.get()).isInstanceOf(RankFailedException.class).hasMessageContaining("rank 1");
        Jobs.assertNoRingFiles();
    }
}
