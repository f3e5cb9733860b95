package org.par4j.runtime.pool;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** How a map's input is taken and cut into chunks. */
final class Chunking {
    private Chunking() {
    }

    /**
     * @return the items, copied once: a collection in bulk ({@code toArray}), not an add per item, since
     *     the caller's time here delays the last chunk and so the whole call
     */
    static Object[] snapshot(Iterable<?> items) {
        if (items instanceof Collection<?> c) {
            return c.toArray();
        }
        List<Object> list = new ArrayList<>();
        items.forEach(list::add);
        return list.toArray();
    }

    /** Python's rule: about four chunks per worker. */
    static int autoSize(int n, int workers) {
        int perChunk = n / (4 * workers);
        return Math.max(1, n % (4 * workers) == 0 ? perChunk : perChunk + 1);
    }
}
