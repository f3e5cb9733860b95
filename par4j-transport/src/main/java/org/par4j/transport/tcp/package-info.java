/** TCP transport: authenticated, non-blocking socket links. */
package org.par4j.transport.tcp;
