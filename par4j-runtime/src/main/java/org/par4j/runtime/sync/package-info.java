/**
 * Cross-process synchronisation on futex words in shared memory: {@link
 * org.par4j.runtime.sync.SharedMutex} (Lock, RLock; robust), {@link
 * org.par4j.runtime.sync.SharedSemaphore} (Semaphore, BoundedSemaphore), {@link
 * org.par4j.runtime.sync.SharedEvent}, {@link org.par4j.runtime.sync.SharedCondition} and {@link
 * org.par4j.runtime.sync.SharedBarrier}.
 *
 * <h2>Rules every primitive follows</h2>
 * <ul>
 *   <li>Fast path without a system call: a compare-and-set or an atomic add; the kernel is entered
 *       only to sleep, and woken only when a sleeper may exist (a waiters bit or a sleepers count).</li>
 *   <li>A sleeper sleeps only while the futex word holds the value it last saw, so a wake between
 *       its check and its sleep is never lost.</li>
 *   <li>Every sleep is a bounded slice ({@code par4j.sync.sliceMillis}, default 50 ms): between
 *       slices a waiter checks its deadline, interrupts and, for a lock, whether the owner's process
 *       (pid + start time) still lives. Nothing waits for ever on a dead process.</li>
 *   <li>Timeouts are {@link java.time.Duration}s; deadlines use {@link System#nanoTime()}.</li>
 * </ul>
 * The memory-ordering words are those of {@code org.par4j.runtime.shm}.
 */
package org.par4j.runtime.sync;
