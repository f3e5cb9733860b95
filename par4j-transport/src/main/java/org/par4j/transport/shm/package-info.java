/** Shared-memory transport: SPSC byte rings in files under {@code /dev/shm}. */
package org.par4j.transport.shm;
