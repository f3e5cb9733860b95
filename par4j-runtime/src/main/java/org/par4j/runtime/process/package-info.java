/**
 * The runtime behind {@link org.par4j.JvmProcess}: one worker JVM that runs one task and exits
 * ({@link org.par4j.runtime.process.LocalProcessControl}).
 */
package org.par4j.runtime.process;
