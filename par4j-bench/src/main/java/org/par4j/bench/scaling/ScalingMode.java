package org.par4j.bench.scaling;

/** How the problem size follows the worker count. */
public enum ScalingMode {
    /** Strong scaling: the same problem on more workers; ideal time falls as 1/p (Amdahl). */
    STRONG,
    /** Weak scaling: the problem grows with the workers; ideal time stays flat (Gustafson). */
    WEAK
}
