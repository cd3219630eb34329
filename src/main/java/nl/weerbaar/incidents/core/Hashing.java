package nl.weerbaar.incidents.core;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.UUID;

/** SHA-256 helpers: the pseudonymous perpetrator key and the fingerprint of a request. */
final class Hashing {

    private Hashing() {}

    static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A key that is equal for the same perpetrator name or address written slightly differently (case, spaces,
     * punctuation) within one municipality, and reveals nothing by itself. Null for a blank reference.
     */
    static String perpetratorKey(UUID tenantId, String reference) {
        if (reference == null || reference.isBlank()) {
            return null;
        }
        String normal = reference.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
        if (normal.isEmpty()) {
            return null;
        }
        return sha256(tenantId + ":" + normal).substring(0, 32);
    }
}
