/** How ranks find each other: the rendezvous protocol, its client and the Directory abstraction. */
package org.par4j.transport.rendezvous;
