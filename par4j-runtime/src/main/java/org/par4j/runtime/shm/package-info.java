/**
 * Shared memory between the JVMs of one program: segments in {@code /dev/shm} mapped as
 * {@link java.lang.foreign.MemorySegment}s, their layouts, their lifetime, and the futex that
 * blocking waits sleep on. Queues, pipes and managers build on the same pieces.
 *
 * <h2>Pieces</h2>
 * <ul>
 *   <li>{@link org.par4j.runtime.shm.ShmSegment}: one file {@code par4j-...}, created with owner-only
 *       permissions, mapped whole; a {@link org.par4j.runtime.shm.SegmentHeaderDescriptor header}
 *       (magic, version, layout, payload length, creator pid + start time, tracker pid + start time)
 *       then the payload. {@link org.par4j.runtime.shm.AttachedSegments} keeps one mapping per segment
 *       per process.</li>
 *   <li>One {@code ...Descriptor} per payload layout, with offsets and a diagram:
 *       {@link org.par4j.runtime.shm.ArrayDescriptor} here, {@code MutexDescriptor},
 *       {@code SemaphoreDescriptor} and the event/condition/barrier diagrams in
 *       {@code org.par4j.runtime.sync}.</li>
 *   <li>{@link org.par4j.runtime.shm.ShmHandle}: the serializable part of every shared object (file
 *       name, layout, length); a copy in another process maps the segment on first use.</li>
 *   <li>{@link org.par4j.runtime.shm.Futex}: {@code FUTEX_WAIT}/{@code FUTEX_WAKE} on a shared
 *       (not private) word through {@code syscall(2)}; waits are always bounded slices.</li>
 *   <li>Lifetime: {@link org.par4j.runtime.shm.ShmTrackerMain}, a tiny JVM started on the first
 *       create, unlinks a segment once every process registered for it has died, and everything at
 *       end-of-file of its pipe (all writers gone); {@link org.par4j.runtime.shm.StaleSegmentJanitor}
 *       sweeps what an earlier program's dead tracker left.</li>
 * </ul>
 *
 * <h2>Memory-ordering vocabulary</h2>
 * Accessors are named by the {@link java.lang.invoke.VarHandle} access mode they use, and the same
 * words are used in comments:
 * <ul>
 *   <li><b>plain</b> ({@code get}/{@code set}): no ordering; what array elements use, as Java arrays
 *       do. Another process sees them after a release/acquire pair (a lock, an event, a barrier, a
 *       process join).</li>
 *   <li><b>opaque</b> ({@code getOpaque}): no reordering of this access with itself, nothing else;
 *       used to read a field that only its writer's own thread can make equal to our value.</li>
 *   <li><b>release</b> ({@code setRelease}) / <b>acquire</b> ({@code getAcquire}): everything written
 *       before the release store is visible to whoever reads that value with an acquire load. The
 *       segment header's magic and a lock's owner record are published this way.</li>
 *   <li><b>volatile</b> ({@code getVolatile}/{@code setVolatile}): sequentially consistent; shared
 *       values' {@code get}/{@code set} and every futex word's loads.</li>
 *   <li><b>compareAndSet</b>, <b>getAndAdd</b>, <b>getAndSet</b>: atomic read-modify-writes with
 *       volatile semantics (a {@code lock cmpxchg}/{@code lock xadd}/{@code xchg} on x86_64), atomic
 *       across processes because the memory is the same physical page.</li>
 * </ul>
 * A futex system call is a full barrier on both sides.
 *
 * <h2>Adding a shared structure (queues, pipes...)</h2>
 * <ol>
 *   <li>Add a {@link org.par4j.runtime.shm.SegmentLayout} id, so attachers check what they map.</li>
 *   <li>Write a {@code ...Descriptor}: offsets and a diagram; put each futex word (e.g. a ring's
 *       "not empty" and "not full" sequence numbers) on its own cache line, next to a sleepers count
 *       so that producers enter the kernel only when a consumer may sleep.</li>
 *   <li>Extend {@link org.par4j.runtime.shm.ShmHandle}: create with
 *       {@link org.par4j.runtime.shm.AttachedSegments#create}, reach the memory with
 *       {@code payload()}; the handle is what tasks capture.</li>
 *   <li>Wait as {@code org.par4j.runtime.sync} does: bounded slices, and between slices check the
 *       peer's liveness with {@link org.par4j.runtime.shm.ProcessIdentity#isAlive()} (record the
 *       peer's pid and start ticks in the segment), turning a dead peer into an exception.</li>
 * </ol>
 */
package org.par4j.runtime.shm;
