package org.par4j.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ray tracer renders the same pixels serially, on threads and on worker JVMs, and writes a PNG. */
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
    }
}
