package org.par4j.transport;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The per-job secret every connection proves knowledge of (HMAC-SHA256) before anything else is read.
 * Passed to ranks in the environment variable {@value #ENV}, never on a command line.
 */
public final class JobKey {
    /** The environment variable holding the key, hex. */
    public static final String ENV = "PAR4J_JOB_KEY";
    private static final SecureRandom RANDOM = new SecureRandom();
    private final byte[] key;

    private JobKey(byte[] key) {
        this.key = key.clone();
    }

    /** @return a fresh random key */
    public static JobKey random() {
        byte[] k = new byte[32];
        RANDOM.nextBytes(k);
        return new JobKey(k);
    }

    /** @param hex the key as {@link #hex()} wrote it @return the key */
    public static JobKey fromHex(String hex) {
        return new JobKey(HexFormat.of().parseHex(hex));
    }

    /** @return the key as hex, for the environment of child processes */
    public String hex() {
        return HexFormat.of().formatHex(key);
    }

    /** @param n bytes @return random bytes (challenges) */
    public static byte[] nonce(int n) {
        byte[] b = new byte[n];
        RANDOM.nextBytes(b);
        return b;
    }

    /**
     * @param parts the data
     * @return HMAC-SHA256 of the parts, concatenated
     */
    public byte[] mac(byte[]... parts) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            for (byte[] p : parts) {
                mac.update(p);
            }
            return mac.doFinal();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    /**
     * @param expected the MAC computed here
     * @param got the MAC the peer sent
     * @return true if equal (constant time)
     */
    public static boolean same(byte[] expected, byte[] got) {
        return MessageDigest.isEqual(expected, got);
    }
}
