/** The collective algorithms, one class each, as real MPI libraries implement them. */
package org.par4j.mpi.engine.coll;
