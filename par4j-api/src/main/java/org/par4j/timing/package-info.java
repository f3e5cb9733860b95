/**
 * Timing done right, as the course asks: {@link org.par4j.timing.PhaseTimer} marks the phases of a
 * program and reports every interval with what it includes; {@link org.par4j.timing.PhaseSummary}
 * puts the times of many ranks or workers side by side.
 */
package org.par4j.timing;
