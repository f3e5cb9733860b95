/**
 * Moves bytes between two endpoints. A {@link org.par4j.transport.PeerLink} is a non-blocking, ordered
 * byte stream to one peer; the providers are self (an in-memory ring), shm (rings in {@code /dev/shm})
 * and tcp (authenticated sockets), ranked per peer: self beats shm beats tcp, a lower one used only
 * where the higher cannot reach ({@link org.par4j.transport.TransportKind}).
 *
 * <p><b>Memory-ordering vocabulary</b> (as in JCTools), used in accessor names and comments:
 * <ul>
 *   <li><i>plain</i>: no ordering; only for data the owning thread alone touches, or data published by a
 *       later release store.</li>
 *   <li><i>setRelease</i> (store-release): earlier loads and stores cannot move after it; publishes the
 *       bytes copied before it. The ring producer publishes with {@code setRelease(tail)}, the consumer
 *       frees space with {@code setRelease(head)}.</li>
 *   <li><i>getAcquire</i> (load-acquire): later loads and stores cannot move before it; a reader that
 *       sees a counter value via getAcquire sees every byte written before the matching setRelease.</li>
 * </ul>
 * No compare-and-set is needed: each counter has exactly one writer.
 */
package org.par4j.transport;
