/**
 * Message passing in the style of MPI and mpi4py: {@link org.par4j.mpi.Comm}, {@link org.par4j.mpi.Request},
 * {@link org.par4j.mpi.Status}, {@link org.par4j.mpi.Op}, {@link org.par4j.mpi.Group},
 * {@link org.par4j.mpi.CartComm}, {@link org.par4j.mpi.Mpi}. Run a program on N ranks with
 * {@code bin/par4j run -n N Program.java}; the implementation is found through
 * {@link org.par4j.mpi.spi.CommProvider}.
 */
package org.par4j.mpi;
