package org.par4j.mpi.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.par4j.mpi.Buffer;
import org.par4j.mpi.Comm;
import org.par4j.mpi.Op;
import org.par4j.transport.TransportKind;

/**
 * Collectives against a serial reference on seeded random inputs (property-based): every rank can
 * regenerate every other rank's input from the seed, computes the expected answer serially, and checks
 * its own result. Sizes cross the algorithm switches (recursive doubling / ring).
 */
class CollectivesTest {
    private static final long SEED = Long.getLong("par4j.test.seed", 20261123L);

    static Stream<Arguments> jobs() {
        return Stream.of(TransportKind.SHM, TransportKind.TCP)
                .flatMap(t -> IntStream.of(1, 2, 3, 4, 7).mapToObj(n -> Arguments.of(t, n)));
    }

    private static RandomGenerator rng(int rank, int salt) {
        return RandomGeneratorFactory.of("L64X128MixRandom").create(SEED * 31 + rank * 1009L + salt);
    }

    private static double[] doubles(int rank, int salt, int n) {
        return rng(rank, salt).doubles(n, -1, 1).toArray();
    }

    private static int[] ints(int rank, int salt, int n) {
        return rng(rank, salt).ints(n, -1000, 1000).toArray();
    }

    @ParameterizedTest(name = "{0} x{1}")
    @MethodSource("jobs")
    void shouldComputeObjectCollectivesLikeTheSerialReference(TransportKind t, int n) {
        Jobs.run(n, t, c -> {
            int me = c.rank();
            c.barrier();
            int root = n - 1;
            List<Integer> values = IntStream.range(0, n).map(r -> ints(r, 1, 1)[0]).boxed().toList();
            assertThat(c.<String>bcast(me == root ? "from root" : null, root)).isEqualTo("from root");
            assertThat(c.scatter(me == root ? values : null, root)).isEqualTo(values.get(me));
            List<Integer> g = c.gather(values.get(me), root);
            assertThat(g).isEqualTo(me == root ? values : null);
            assertThat(c.allgather(values.get(me))).isEqualTo(values);
            List<String> out = IntStream.range(0, n).mapToObj(d -> me + "->" + d).toList();
            assertThat(c.alltoall(out)).isEqualTo(IntStream.range(0, n).mapToObj(s -> s + "->" + me).toList());
            int sum = values.stream().mapToInt(Integer::intValue).sum();
            assertThat(c.<Integer>reduce(values.get(me), Op.SUM, root)).isEqualTo(me == root ? sum : null);
            assertThat(c.<Integer>allreduce(values.get(me), Op.MAX)).isEqualTo(values.stream().mapToInt(Integer::intValue).max().orElseThrow());
            Op concat = Op.of("concat", (String a, String b) -> a + b, false);
            String all = IntStream.range(0, n).mapToObj(Integer::toString).reduce("", String::concat);
            assertThat(c.<String>reduce(Integer.toString(me), concat, root)).isEqualTo(me == root ? all : null);
            assertThat(c.<String>allreduce(Integer.toString(me), concat)).isEqualTo(all);
            assertThat(c.<String>scan(Integer.toString(me), concat)).isEqualTo(all.substring(0, me + 1));
            assertThat(c.<String>exscan(Integer.toString(me), concat)).isEqualTo(me == 0 ? null : all.substring(0, me));
            Op.Loc<Integer> best = c.allreduce(new Op.Loc<>(values.get(me), me), Op.MINLOC);
            int minVal = values.stream().mapToInt(Integer::intValue).min().orElseThrow();
            assertThat(best).isEqualTo(new Op.Loc<>(minVal, values.indexOf(minVal)));
            List<Long> contrib = IntStream.range(0, n).mapToObj(i -> (long) (me + 1) * (i + 1)).toList();
            assertThat(c.<Long>reduceScatter(contrib, Op.SUM)).isEqualTo((long) n * (n + 1) / 2 * (me + 1));
        });
    }

    @ParameterizedTest(name = "{0} x{1}")
    @MethodSource("jobs")
    void shouldComputeBufferReductionsLikeTheSerialReference(TransportKind t, int n) {
        Jobs.run(n, t, c -> {
            int me = c.rank();
            for (int count : new int[] {1, 7, 1000, 20_000}) {
                double[] expect = new double[count];
                double[][] prefix = new double[n][count];
                for (int r = 0; r < n; r++) {
                    double[] x = doubles(r, count, count);
                    for (int i = 0; i < count; i++) {
                        expect[i] += x[i];
                        prefix[r][i] = expect[i];
                    }
                }
                double[] mine = doubles(me, count, count);
                double[] got = new double[count];
                c.allreduce(Buffer.of(mine), Buffer.of(got), Op.SUM);
                assertThat(got).containsExactly(expect, within(1e-9));
                double[] atRoot = new double[count];
                c.reduce(Buffer.of(mine), Buffer.of(atRoot), Op.SUM, n / 2);
                if (me == n / 2) {
                    assertThat(atRoot).containsExactly(expect, within(1e-9));
                }
                double[] scan = new double[count];
                c.scan(Buffer.of(mine), Buffer.of(scan), Op.SUM);
                assertThat(scan).containsExactly(prefix[me], within(1e-9));
                double[] ex = new double[count];
                c.exscan(Buffer.of(mine), Buffer.of(ex), Op.SUM);
                if (me > 0) {
                    assertThat(ex).containsExactly(prefix[me - 1], within(1e-9));
                }
                int[] im = ints(me, count, count);
                int[] imax = new int[count];
                c.allreduce(Buffer.of(im), Buffer.of(imax), Op.MAX);
                int[] want = new int[count];
                Arrays.fill(want, Integer.MIN_VALUE);
                for (int r = 0; r < n; r++) {
                    int[] x = ints(r, count, count);
                    for (int i = 0; i < count; i++) {
                        want[i] = Math.max(want[i], x[i]);
                    }
                }
                assertThat(imax).containsExactly(want);
            }
            int[] pair = {ints(me, 5, 1)[0], me};
            int[] loc = new int[2];
            c.allreduce(Buffer.of(pair), Buffer.of(loc), Op.MAXLOC);
            int best = IntStream.range(0, n).map(r -> ints(r, 5, 1)[0]).max().orElseThrow();
            assertThat(loc[0]).isEqualTo(best);
            assertThat(ints(loc[1], 5, 1)[0]).isEqualTo(best);
            long[] counts = IntStream.range(0, n).mapToLong(r -> r + 1).toArray();
            int total = n * (n + 1) / 2;
            long[] ones = new long[total];
            Arrays.fill(ones, me + 1);
            long[] block = new long[me + 1];
            c.reduceScatter(Buffer.of(ones), Buffer.of(block), counts, Op.SUM);
            long[] wantBlock = new long[me + 1];
            Arrays.fill(wantBlock, (long) n * (n + 1) / 2);
            assertThat(block).containsExactly(wantBlock);
        });
    }

    @ParameterizedTest(name = "{0} x{1}")
    @MethodSource("jobs")
    void shouldMoveBufferBlocksLikeTheSerialReference(TransportKind t, int n) {
        Jobs.run(n, t, c -> {
            int me = c.rank();
            for (int block : new int[] {1, 5, 9000}) {
                int root = (block + 1) % n;
                int[] all = ints(root, block, block * n);
                int[] mine = new int[block];
                c.scatter(me == root ? Buffer.of(all) : null, Buffer.of(mine), root);
                assertThat(mine).containsExactly(Arrays.copyOfRange(all, me * block, (me + 1) * block));
                int[] back = new int[block * n];
                c.gather(Buffer.of(mine), me == root ? Buffer.of(back) : null, root);
                if (me == root) {
                    assertThat(back).containsExactly(all);
                }
                int[] everywhere = new int[block * n];
                c.allgather(Buffer.of(mine), Buffer.of(everywhere));
                assertThat(everywhere).containsExactly(all);
                int[] data = me == root ? all.clone() : new int[block * n];
                c.bcast(Buffer.of(data), root);
                assertThat(data).containsExactly(all);
                int[] send = IntStream.range(0, block * n).map(i -> me * 1_000_000 + i).toArray();
                int[] recv = new int[block * n];
                c.alltoall(Buffer.of(send), Buffer.of(recv));
                for (int s = 0; s < n; s++) {
                    for (int i = 0; i < block; i++) {
                        assertThat(recv[s * block + i]).isEqualTo(s * 1_000_000 + me * block + i);
                    }
                }
            }
            long[] counts = IntStream.range(0, n).mapToLong(r -> r + 1).toArray();
            long[] displs = new long[n];
            for (int r = 1; r < n; r++) {
                displs[r] = displs[r - 1] + counts[r - 1];
            }
            int total = n * (n + 1) / 2;
            double[] whole = doubles(0, 77, total);
            double[] part = new double[me + 1];
            c.scatterv(me == 0 ? Buffer.of(whole) : null, counts, displs, Buffer.of(part), 0);
            assertThat(part).containsExactly(Arrays.copyOfRange(whole, (int) displs[me], (int) (displs[me] + me + 1)));
            double[] again = new double[total];
            c.gatherv(Buffer.of(part), me == 0 ? Buffer.of(again) : null, counts, displs, 0);
            if (me == 0) {
                assertThat(again).containsExactly(whole);
            }
            double[] everyone = new double[total];
            c.allgatherv(Buffer.of(part), Buffer.of(everyone), counts, displs);
            assertThat(everyone).containsExactly(whole);
            long[] sc = new long[n];
            long[] sd = new long[n];
            long[] rc = new long[n];
            long[] rd = new long[n];
            List<Double> expect = new ArrayList<>();
            for (int r = 0; r < n; r++) {
                sc[r] = r + 1;
                sd[r] = r == 0 ? 0 : sd[r - 1] + sc[r - 1];
                rc[r] = me + 1;
                rd[r] = r * (me + 1L);
            }
            double[] sbuf = IntStream.range(0, total).mapToDouble(i -> me * 1000 + i).toArray();
            double[] rbuf = new double[n * (me + 1)];
            c.alltoallv(Buffer.of(sbuf), sc, sd, Buffer.of(rbuf), rc, rd);
            for (int s = 0; s < n; s++) {
                for (int i = 0; i <= me; i++) {
                    expect.add(s * 1000.0 + me * (me + 1) / 2 + i);
                }
            }
            assertThat(Arrays.stream(rbuf).boxed().toList()).isEqualTo(expect);
        });
    }

    @ParameterizedTest(name = "{0} x{1}")
    @MethodSource("jobs")
    void shouldSplitDupAndLayOutGrids(TransportKind t, int n) {
        Jobs.run(n, t, c -> {
            int me = c.rank();
            Comm dup = c.dup();
            assertThat(dup.size()).isEqualTo(n);
            Comm half = c.split(me % 2, -me);
            int mine = (int) IntStream.range(0, n).filter(r -> r % 2 == me % 2).count();
            assertThat(half.size()).isEqualTo(mine);
            int sum = half.allreduce(me, Op.SUM);
            assertThat(sum).isEqualTo(IntStream.range(0, n).filter(r -> r % 2 == me % 2).sum());
            assertThat(half.rank()).isEqualTo(mine - 1 - me / 2);
            dup.send("on dup", (me + 1) % n, 0);
            c.send("on world", (me + 1) % n, 0);
            assertThat(c.<String>recv((me - 1 + n) % n, 0)).isEqualTo("on world");
            assertThat(dup.<String>recv((me - 1 + n) % n, 0)).isEqualTo("on dup");
            Comm none = c.split(me == 0 ? 0 : Comm.UNDEFINED, 0);
            assertThat(none == null).isEqualTo(me != 0);
            Comm first = c.create(c.group().incl(0));
            assertThat(first == null).isEqualTo(me != 0);
            int[] dims = org.par4j.mpi.Mpi.dimsCreate(n, 2);
            var grid = c.createCart(dims, new boolean[] {true, false});
            assertThat(grid.size()).isEqualTo(n);
            int[] xy = grid.coords();
            assertThat(grid.rankOf(xy)).isEqualTo(me);
            var up = grid.shift(0, 1);
            assertThat(up.dest()).isEqualTo(grid.rankOf(xy[0] + 1, xy[1]));
            var right = grid.shift(1, 1);
            assertThat(right.dest()).isEqualTo(xy[1] + 1 < dims[1] ? me + 1 : Comm.PROC_NULL);
            int[] got = {-1};
            grid.sendrecv(new int[] {me}, 0, 1, right.dest(), 3, got, 0, 1, right.source(), 3);
            assertThat(got[0]).isEqualTo(right.source() == Comm.PROC_NULL ? -1 : right.source());
        });
    }
}
