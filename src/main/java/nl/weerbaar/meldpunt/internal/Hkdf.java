package nl.weerbaar.meldpunt.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** HKDF with HMAC-SHA256 (RFC 5869): extract a pseudo-random key from the master key, then expand it per purpose. */
final class Hkdf {

    private Hkdf() {}

    static byte[] derive(byte[] inputKey, byte[] salt, String info, int length) {
        if (length < 1 || length > 255 * 32) {
            throw new IllegalArgumentException("length");
        }
        try {
            byte[] prk = hmac(salt, inputKey);
            byte[] infoBytes = info.getBytes(StandardCharsets.UTF_8);
            ByteArrayOutputStream out = new ByteArrayOutputStream(length);
            byte[] previous = new byte[0];
            for (int i = 1; out.size() < length; i++) {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(prk, "HmacSHA256"));
                mac.update(previous);
                mac.update(infoBytes);
                mac.update((byte) i);
                previous = mac.doFinal();
                out.write(previous, 0, Math.min(previous.length, length - out.size()));
            }
            return out.toByteArray();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] hmac(byte[] key, byte[] data) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key.length == 0 ? new byte[32] : key, "HmacSHA256"));
        return mac.doFinal(data);
    }
}
