/** The pure-Java message-passing engine: wiring, progress, matching, requests, communicators. */
package org.par4j.mpi.engine;
