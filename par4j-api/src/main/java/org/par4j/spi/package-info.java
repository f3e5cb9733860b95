/**
 * The service-provider interface between {@code par4j-api} and its implementations. Users do not
 * call it; a runtime registers itself in {@code META-INF/services/org.par4j.spi.Par4jRuntime}.
 */
package org.par4j.spi;
