/**
 * par4j: parallel computing for Java. {@link org.par4j.Pool} and {@link org.par4j.JvmProcess} are the
 * place to start; shared memory, cross-process synchronisation, queues and pipes live here too, and
 * message passing in {@code org.par4j.mpi}.
 */
package org.par4j;
