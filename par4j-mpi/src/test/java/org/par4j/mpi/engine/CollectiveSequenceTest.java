package org.par4j.mpi.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.par4j.mpi.Buffer;
import org.par4j.mpi.Op;
import org.par4j.transport.TransportKind;

/** Long runs of different collectives back to back: no message of one may be taken for another's, none lost. */
class CollectiveSequenceTest {

    @ParameterizedTest(name = "{0} x{1}")
    @CsvSource({"SHM, 2", "SHM, 3", "TCP, 2"})
    void shouldAlternateSmallAllreducesBarriersAndBroadcastsWithoutLosingAMessage(TransportKind t, int n) {
        Jobs.run(n, t, c -> {
            double[] x = {c.rank() + 1};
            double[] y = new double[1];
            int[] flag = new int[1];
            for (int batch = 0; batch < 4; batch++) {
                for (int i = 0; i < 500; i++) {
                    c.allreduce(Buffer.of(x), Buffer.of(y), Op.SUM);
                    assertThat(y[0]).isEqualTo(n * (n + 1) / 2.0);
                    c.barrier();
                }
                flag[0] = c.rank() == 0 ? batch : -1;
                c.bcast(Buffer.of(flag), 0);
                assertThat(flag[0]).isEqualTo(batch);
            }
        });
    }
}
