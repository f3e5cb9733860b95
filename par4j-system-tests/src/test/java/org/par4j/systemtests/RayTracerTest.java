package org.par4j.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ray tracer renders the same pixels serially, on threads, on worker JVMs and on ranks, and writes a PNG. */
class RayTracerTest {
    @TempDir
    Path dir;

    @Test
    void shouldRenderIdenticalPixelsInEveryModeAndWriteThePicture() throws Exception {
        Par4jCli.Result r = Par4jCli.inProcess(dir, 300, "run", Par4jCli.EXAMPLES.resolve("RayTracer.java").toString(),
                "192", "108", "4", "2", dir.toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("Ray tracing 192x108, 4 samples per pixel, 2 workers")
                .contains("serial").contains("thread pool").contains("process pool, running and warmed up")
                .contains("all modes produced identical pixels");
        BufferedImage png = ImageIO.read(dir.resolve("raytracer.png").toFile());
        assertThat(png.getWidth()).isEqualTo(192);
        assertThat(png.getHeight()).isEqualTo(108);
        // the sky is at the top, the checkered floor at the bottom: not a blank picture
        assertThat(png.getRGB(96, 2)).isNotEqualTo(png.getRGB(96, 105));

        // the same picture from 3 ranks (par4j run -n 3): same checksum as the pool modes
        Par4jCli.Result ranks = Par4jCli.inProcess(dir, 300, "run", "-n", "3",
                Par4jCli.EXAMPLES.resolve("RayTracer.java").toString(), "192", "108", "4", dir.resolve("ranks").toString());
        assertThat(ranks.status()).as(ranks.err()).isZero();
        assertThat(ranks.out()).contains("3 ranks").contains(checksum(r.out()));
        assertThat(dir.resolve("ranks").resolve("raytracer.png")).exists();
    }

    private static String checksum(String out) {
        return out.lines().filter(l -> l.startsWith("pixels checksum ")).findFirst().orElseThrow();
    }
}
