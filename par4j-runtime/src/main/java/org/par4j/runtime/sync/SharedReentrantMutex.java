package org.par4j.runtime.sync;

import org.par4j.RLock;
import org.par4j.runtime.shm.SegmentLayout;
import org.par4j.runtime.shm.ShmSegment;

/** The reentrant {@link SharedMutex}: an {@link RLock}. */
public final class SharedReentrantMutex extends SharedMutex implements RLock {
    private static final long serialVersionUID = 1L;

    SharedReentrantMutex(ShmSegment segment, SegmentLayout layout, long base) {
        super(segment, layout, base, true);
    }
}
