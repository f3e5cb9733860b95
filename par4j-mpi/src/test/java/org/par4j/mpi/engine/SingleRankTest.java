package org.par4j.mpi.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.par4j.mpi.Buffer;
import org.par4j.mpi.Comm;
import org.par4j.mpi.Mpi;
import org.par4j.mpi.Op;
import org.par4j.mpi.Status;

/** A program started without the launcher is a job of one rank, like a plain MPI program. */
class SingleRankTest {

    @Test
    void shouldBeRankZeroOfOneAndTalkToItself() {
        Comm world = Mpi.init(new String[0]);
        assertThat(world).isSameAs(Comm.world());
        assertThat(world.rank()).isZero();
        assertThat(world.size()).isEqualTo(1);
        world.send(List.of(1, 2, 3), 0, 5);
        assertThat(world.<List<Integer>>recv(0, 5)).containsExactly(1, 2, 3);
        byte[] big = new byte[5 << 20];
        big[big.length - 1] = 9;
        world.send(big, 0, big.length, 0, 6);
        byte[] in = new byte[big.length];
        Status s = world.recv(in, 0, in.length, Comm.ANY_SOURCE, Comm.ANY_TAG);
        assertThat(s.source()).isZero();
        assertThat(s.tag()).isEqualTo(6);
        assertThat(in[in.length - 1]).isEqualTo((byte) 9);
        assertThat(world.<Integer>allreduce(7, Op.SUM)).isEqualTo(7);
        double[] out = new double[2];
        world.allreduce(Buffer.of(new double[] {1, 2}), Buffer.of(out), Op.SUM);
        assertThat(out).containsExactly(1, 2);
        assertThat(Mpi.wtime()).isPositive();
        assertThat(Mpi.processorName()).isNotBlank();
    }

    @Test
    void shouldBalanceGridDimensions() {
        assertThat(Mpi.dimsCreate(12, 2)).containsExactly(4, 3);
        assertThat(Mpi.dimsCreate(7, 2)).containsExactly(7, 1);
        assertThat(Mpi.dimsCreate(8, 3)).containsExactly(2, 2, 2);
    }
}
