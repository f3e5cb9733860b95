package org.par4j.mpi.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.par4j.transport.shm.ShmRingFiles;

/** The ring size a rank gives each of its inbound rings. */
class RingBytesTest {

    @Test
    void shouldGiveSmallJobs4MiBRingsAndKeepARanksRingsWithin16MiB() {
        assertThat(System.getProperty(ShmRingFiles.RING_BYTES_PROPERTY)).isNull();
        assertThat(EngineBootstrap.ringBytes(1)).isEqualTo(4L << 20);
        assertThat(EngineBootstrap.ringBytes(2)).isEqualTo(4L << 20);
        assertThat(EngineBootstrap.ringBytes(5)).isEqualTo(4L << 20);
        assertThat(EngineBootstrap.ringBytes(9)).isEqualTo(2L << 20);
        assertThat(EngineBootstrap.ringBytes(17)).isEqualTo(1L << 20);
        assertThat(EngineBootstrap.ringBytes(1000)).isEqualTo(1L << 20);
    }

    @Test
    void shouldTakeTheSizeSetByProperty() {
        System.setProperty(ShmRingFiles.RING_BYTES_PROPERTY, "65536");
        try {
            assertThat(EngineBootstrap.ringBytes(2)).isEqualTo(65536);
        } finally {
            System.clearProperty(ShmRingFiles.RING_BYTES_PROPERTY);
        }
    }
}
