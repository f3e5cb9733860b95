/**
 * Pipes and queues in shared memory: a {@link org.par4j.runtime.queue.ByteRing} per direction of a
 * pipe, one ring behind two locks for a many-producer many-consumer queue, object messages through
 * {@link org.par4j.runtime.wire.Codecs#objects()}. Waits spin for {@code par4j.ipc.spinMicros}, then
 * sleep on futexes in slices of {@code par4j.ipc.sliceMillis}, checking between slices whether the
 * processes they wait for are still alive.
 */
package org.par4j.runtime.queue;
