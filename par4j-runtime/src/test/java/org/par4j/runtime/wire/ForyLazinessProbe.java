package org.par4j.runtime.wire;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Run in a child JVM by {@link ForyLazinessTest}: round-trips simple values, prints a marker, then
 * (with argument "pojo") a plain object through Fory, printing nothing else.
 */
public final class ForyLazinessProbe {
    /** Plain data: only the fallback carries it. */
    static final class Pojo {
        String name = "p";
        List<Integer> values = new ArrayList<>(List.of(1, 2));
    }

    private ForyLazinessProbe() {
    }

    public static void main(String[] args) {
        roundTrip(List.of(Map.of("a", 7, "b", 3.14), "text", new int[] {1, 2}, 42L));
        System.out.println("SIMPLE-DONE");
        if (args.length > 0 && args[0].equals("pojo")) {
            Object back = roundTrip(new Pojo());
            System.out.println(back instanceof Pojo p && p.values.equals(List.of(1, 2)) ? "POJO-DONE" : "POJO-WRONG");
        }
    }

    private static Object roundTrip(Object value) {
        WireOutput out = new WireOutput(64);
        Codecs.objects().encode(value, out);
        return Codecs.objects().decode(new WireInput(out.array(), 0, out.size()));
    }
}
