/**
 * {@link org.par4j.Listener} and {@link org.par4j.Client} on TCP and Unix sockets: the runtime's
 * mutual HMAC-SHA256 handshake with the user's authkey, bounded by {@code par4j.net.authTimeoutMillis},
 * then length-prefixed messages.
 */
package org.par4j.runtime.net;
