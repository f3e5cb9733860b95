/** The service interface for implementations of {@link org.par4j.mpi.Comm}. */
package org.par4j.mpi.spi;
