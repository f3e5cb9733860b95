package org.par4j.runtime.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class HmacSha256Test {

    @Test
    void shouldMatchRfc4231TestCase2() {
        byte[] mac = HmacSha256.mac("Jefe".getBytes(StandardCharsets.US_ASCII),
                "what do ya want ".getBytes(StandardCharsets.US_ASCII),
                "for nothing?".getBytes(StandardCharsets.US_ASCII));
        assertThat(HexFormat.of().formatHex(mac))
                .isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    }

    @Test
    void shouldMatchJdkForRandomKeysAndMessages() throws Exception {
        Random rnd = new Random(7);
        for (int i = 0; i < 300; i++) {
            byte[] key = new byte[rnd.nextInt(100)];
            byte[] msg = new byte[rnd.nextInt(300)];
            rnd.nextBytes(key);
            rnd.nextBytes(msg);
            Mac jdk = Mac.getInstance("HmacSHA256");
            jdk.init(new SecretKeySpec(key.length == 0 ? new byte[1] : key, "HmacSHA256"));
            if (key.length == 0) {
                key = new byte[1];
            }
            assertThat(HmacSha256.mac(key, msg)).isEqualTo(jdk.doFinal(msg));
            assertThat(HmacSha256.sha256(msg)).isEqualTo(MessageDigest.getInstance("SHA-256").digest(msg));
        }
    }

    @Test
    void shouldCompareInConstantTimeShape() {
        assertThat(HmacSha256.equal(new byte[] {1, 2}, new byte[] {1, 2})).isTrue();
        assertThat(HmacSha256.equal(new byte[] {1, 2}, new byte[] {1, 3})).isFalse();
        assertThat(HmacSha256.equal(new byte[] {1}, new byte[] {1, 2})).isFalse();
    }
}
