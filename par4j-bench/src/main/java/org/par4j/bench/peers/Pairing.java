package org.par4j.bench.peers;

/**
 * Which par4j figure is compared with which peer figure.
 *
 * @param par4jCase the par4j figure's case name
 * @param peerCase the peer figure's case name
 * @param target the ratio par4j / peer that the issue asks for, as text (e.g. "<= 0.5"), or ""
 */
public record Pairing(String par4jCase, String peerCase, String target) {
}
