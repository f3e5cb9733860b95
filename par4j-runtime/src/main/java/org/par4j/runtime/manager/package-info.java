/**
 * {@link org.par4j.Manager}: a server in a worker JVM holding maps, lists, queues, namespaces, values
 * and locks, reached by proxies over authenticated sockets, one connection per client thread.
 */
package org.par4j.runtime.manager;
