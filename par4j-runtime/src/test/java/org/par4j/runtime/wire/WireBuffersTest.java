package org.par4j.runtime.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WireBuffersTest {
    @Test
    void shouldRoundTripVarIntsAtEveryWidth() {
        int[] values = {0, 1, 127, 128, 16_383, 16_384, 2_097_151, 2_097_152, 268_435_455, 268_435_456, Integer.MAX_VALUE};
        WireOutput out = new WireOutput(1);
        for (int v : values) {
            out.writeVarInt(v);
        }
        WireInput in = new WireInput(out.toByteArray());
        for (int v : values) {
            assertThat(in.readVarInt()).isEqualTo(v);
        }
        assertThat(in.remaining()).isZero();
        assertThat(out.size()).isEqualTo(1 + 1 + 1 + 2 + 2 + 3 + 3 + 4 + 4 + 5 + 5);
    }

    @Test
    void shouldRejectNegativeAndOverlongVarInts() {
        WireOutput out = new WireOutput(8);
        out.writeVarInt(-1);
        assertThatThrownBy(() -> new WireInput(out.toByteArray()).readVarInt())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("bad length varint");
        byte[] endless = {(byte) 0x80, (byte) 0x80, (byte) 0x80, (byte) 0x80, (byte) 0x80, (byte) 0x80};
        assertThatThrownBy(() -> new WireInput(endless).readVarInt()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void shouldRejectCountsTheRemainingBytesCannotHold() {
        WireOutput out = new WireOutput(8);
        out.writeVarInt(3);
        out.writeLong(0);
        assertThat(new WireInput(out.toByteArray()).readCount(2)).isEqualTo(3);
        assertThatThrownBy(() -> new WireInput(out.toByteArray()).readCount(4))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("a count of 3 items of at least 4 bytes each, but only 8 bytes left");
    }

    @Test
    void shouldTruncateAndAdvanceOnlyWithinBounds() {
        WireOutput out = new WireOutput(4);
        out.writeInt(7);
        out.writeShort(-2);
        out.truncate(4);
        assertThat(out.size()).isEqualTo(4);
        assertThatThrownBy(() -> out.truncate(5)).isInstanceOf(IllegalArgumentException.class);
        out.ensure(3);
        out.array()[4] = 9;
        out.advance(1);
        assertThat(out.toByteArray()).containsExactly(7, 0, 0, 0, 9);
        assertThatThrownBy(() -> out.advance(1 << 20)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldReadShortsFloatsAndBulkArraysLittleEndian() {
        WireOutput out = new WireOutput(4);
        out.writeShort(0x1234);
        out.writeFloat(1.5f);
        out.writeArray(new int[] {1, 2, 3}, Layouts.INT, 1, 2);
        byte[] b = out.toByteArray();
        assertThat(b[0]).isEqualTo((byte) 0x34);
        WireInput in = new WireInput(b);
        assertThat(in.readShort()).isEqualTo((short) 0x1234);
        assertThat(in.readFloat()).isEqualTo(1.5f);
        int[] dst = new int[2];
        in.readArray(dst, Layouts.INT, 0, 2);
        assertThat(dst).containsExactly(2, 3);
        assertThatThrownBy(() -> new WireInput(b, 6, 7).readArray(new int[2], Layouts.INT, 0, 2))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("truncated");
    }
}
