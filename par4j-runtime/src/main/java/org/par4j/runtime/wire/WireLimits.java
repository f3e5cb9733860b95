package org.par4j.runtime.wire;

/**
 * Bounds that protect a decoder from corrupt frames. Peers are authenticated before anything is
 * decoded, so these catch bugs and damaged bytes, not attackers: a bogus length fails with an
 * {@link IllegalStateException} naming the problem instead of allocating gigabytes or overflowing
 * the stack.
 */
final class WireLimits {
    /** {@code par4j.wire.maxDepth}: deepest nesting of containers, records and lambdas (default 512). */
    static final int MAX_DEPTH = Integer.getInteger("par4j.wire.maxDepth", 512);

    private WireLimits() {
    }

    static IllegalStateException tooDeep(String action) {
        return new IllegalStateException("cannot " + action + ": nested deeper than " + MAX_DEPTH
                + " levels (a cycle through lists, maps or records? raise par4j.wire.maxDepth for deeper data)");
    }
}
