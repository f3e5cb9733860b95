package org.par4j;

import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Turns starmap's function of two arguments into a function of a two-element list. */
final class StarmapAdapter {
    private StarmapAdapter() {
    }

    @SuppressWarnings("unchecked")
    static <A, B, R> SerializableFunction<List<Object>, R> of(
            SerializableBiFunction<? super A, ? super B, ? extends R> fn) {
        return pair -> fn.apply((A) pair.get(0), (B) pair.get(1));
    }

    /** A lazy view of the pairs as lists, which every codec can carry. */
    static Iterable<List<Object>> pairs(Iterable<? extends Map.Entry<?, ?>> pairs) {
        return () -> new Iterator<>() {
            private final Iterator<? extends Map.Entry<?, ?>> it = pairs.iterator();

            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public List<Object> next() {
                Map.Entry<?, ?> e = it.next();
                return Arrays.asList(e.getKey(), e.getValue());
            }
        };
    }
}
