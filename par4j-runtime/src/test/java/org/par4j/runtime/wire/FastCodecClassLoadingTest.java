package org.par4j.runtime.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.par4j.SerializableFunction;

class FastCodecClassLoadingTest {
    private static final long TIMEOUT_S = (long) (60 * Double.parseDouble(System.getProperty("par4j.test.timeoutFactor", "1")));

    public record Sample(double value) {
    }

    static final class Pojo {
        int n;
    }

    @Test
    void shouldResolveClassesWithTheContextClassLoaderFirst() throws Exception {
        URL testClasses = Sample.class.getProtectionDomain().getCodeSource().getLocation();
        try (URLClassLoader isolated = new URLClassLoader(new URL[] {testClasses}, ClassLoader.getPlatformClassLoader())) {
            Class<?> copy = isolated.loadClass(Sample.class.getName());
            assertThat(copy).isNotSameAs(Sample.class);
            Object sample = copy.getConstructor(double.class).newInstance(2.5);
            byte[] bytes = RoundTrip.encode(Codecs.objects(), List.of(sample));

            List<?> plain = RoundTrip.decode(Codecs.objects(), bytes);
            assertThat(plain.get(0)).isEqualTo(new Sample(2.5));

            Thread me = Thread.currentThread();
            ClassLoader before = me.getContextClassLoader();
            me.setContextClassLoader(isolated);
            try {
                List<?> viaContext = RoundTrip.decode(Codecs.objects(), bytes);
                assertThat(viaContext.get(0).getClass()).isSameAs(copy);
                assertThat(viaContext.get(0)).isEqualTo(sample);
            } finally {
                me.setContextClassLoader(before);
            }
        }
    }

    @Test
    void shouldNameAClassThatIsMissingOnTheDecodingSide() {
        WireOutput out = new WireOutput(64);
        out.writeByte(WireTag.RECORD);
        out.writeVarInt(0);
        StringCoding.writeBody("com.example.Missing", out);
        assertThatThrownBy(() -> Codecs.objects().decode(new WireInput(out.toByteArray())))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("com.example.Missing");
    }

    @Test
    void shouldBeSafeToUseFromManyThreads() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int seed = t;
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < 2_000; i++) {
                        int k = seed * 10_000 + i;
                        SerializableFunction<Integer, Integer> f = x -> x + k;
                        Pojo p = new Pojo();
                        p.n = k;
                        List<Object> v = List.of(Map.of("k", k), new Sample(k), f, p);
                        List<?> back = RoundTrip.of(v);
                        assertThat(back.get(0)).isEqualTo(Map.of("k", k));
                        assertThat(back.get(1)).isEqualTo(new Sample(k));
                        @SuppressWarnings("unchecked")
                        SerializableFunction<Integer, Integer> g = (SerializableFunction<Integer, Integer>) back.get(2);
                        assertThat(g.apply(1)).isEqualTo(k + 1);
                        assertThat(((Pojo) back.get(3)).n).isEqualTo(k);
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get(TIMEOUT_S, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
            assertThat(pool.awaitTermination(TIMEOUT_S, TimeUnit.SECONDS)).isTrue();
        }
    }
}
