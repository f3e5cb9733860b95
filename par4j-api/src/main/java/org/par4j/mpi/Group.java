package org.par4j.mpi;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * An ordered set of processes, named by their world ranks: the group of a communicator
 * ({@link Comm#group()}), or a subset to build one ({@link Comm#create(Group)}). Immutable.
 *
 * <pre>{@code
 * Group evens = world.group().incl(IntStream.range(0, world.size()).filter(r -> r % 2 == 0).toArray());
 * Comm evenComm = world.create(evens);   // null on the odd ranks
 * }</pre>
 */
public final class Group {
    private final int[] worldRanks;
    private final int myWorldRank;

    /**
     * @param worldRanks the members' world ranks, in group order, no duplicates
     * @param myWorldRank the calling process's world rank
     */
    public Group(int[] worldRanks, int myWorldRank) {
        this.worldRanks = worldRanks.clone();
        if (IntStream.of(worldRanks).distinct().count() != worldRanks.length) {
            throw new IllegalArgumentException("a group lists each process once: " + Arrays.toString(worldRanks));
        }
        this.myWorldRank = myWorldRank;
    }

    /** @return number of processes */
    public int size() {
        return worldRanks.length;
    }

    /** @return the caller's rank in this group, or {@link Comm#UNDEFINED} if not a member */
    public int rank() {
        return indexOf(myWorldRank);
    }

    /**
     * @param rank a rank in this group
     * @return its world rank
     */
    public int worldRank(int rank) {
        if (rank < 0 || rank >= worldRanks.length) {
            throw new IllegalArgumentException("rank " + rank + " is not in a group of " + worldRanks.length);
        }
        return worldRanks[rank];
    }

    /** @return the members' world ranks, in order (a copy) */
    public int[] worldRanks() {
        return worldRanks.clone();
    }

    /**
     * @param ranks ranks of this group, in the order wanted
     * @return the group of those members (MPI_Group_incl)
     */
    public Group incl(int... ranks) {
        return new Group(IntStream.of(ranks).map(this::worldRank).toArray(), myWorldRank);
    }

    /**
     * @param ranks ranks of this group to leave out
     * @return the other members, in order (MPI_Group_excl)
     */
    public Group excl(int... ranks) {
        for (int r : ranks) {
            worldRank(r);
        }
        return new Group(IntStream.range(0, size()).filter(r -> IntStream.of(ranks).noneMatch(x -> x == r))
                .map(r -> worldRanks[r]).toArray(), myWorldRank);
    }

    /**
     * @param ranks ranks in this group
     * @param other another group
     * @return the same processes' ranks in {@code other}, {@link Comm#UNDEFINED} where absent
     */
    public int[] translateRanks(int[] ranks, Group other) {
        return IntStream.of(ranks).map(r -> other.indexOf(worldRank(r))).toArray();
    }

    private int indexOf(int worldRank) {
        for (int i = 0; i < worldRanks.length; i++) {
            if (worldRanks[i] == worldRank) {
                return i;
            }
        }
        return Comm.UNDEFINED;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Group g && Arrays.equals(worldRanks, g.worldRanks);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(worldRanks);
    }

    @Override
    public String toString() {
        return "Group" + Arrays.toString(worldRanks);
    }
}
