package nl.weerbaar.processes.people;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Stable pseudonyms for people in overviews: "P-" and six hex digits of an HMAC-SHA256 of the employee number
 * under the municipality's own secret key. The same person keeps the same pseudonym across imports; without
 * the key, the pseudonym cannot be traced back to the employee number.
 */
final class Pseudonyms {

    private final Mac mac;

    Pseudonyms(byte[] key) {
        try {
            mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    String of(String employeeNo) {
        byte[] h = mac.doFinal(employeeNo.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
        return "P-" + HexFormat.of().withUpperCase().formatHex(h, 0, 3);
    }
}
