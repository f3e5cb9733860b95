/** Launchers, one class each, found by name, and the rendezvous service ranks register with. */
package org.par4j.launch;
