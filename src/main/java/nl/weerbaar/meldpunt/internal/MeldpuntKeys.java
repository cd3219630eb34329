package nl.weerbaar.meldpunt.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import nl.weerbaar.platform.FileCipher;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The meldpunt's keys (ADR 0600). A master key from {@code WEERBAAR_MELDPUNT_KEY} (base64 of 32 bytes, never in
 * the database; in demo mode a fixed development key when none is set, otherwise start-up fails). From it, with
 * HKDF-SHA256, each municipality gets a key that wraps the random key of each of its reports, and a key under which
 * receipt codes are hashed. Everything is encrypted with the platform's {@link FileCipher}.
 */
@Component
class MeldpuntKeys {

    private static final byte[] SALT = "weerbaar-meldpunt-v1".getBytes(StandardCharsets.UTF_8);
    private final byte[] master;
    private final SecureRandom random = new SecureRandom();

    MeldpuntKeys(
            @Value("${weerbaar.meldpunt.key:${WEERBAAR_MELDPUNT_KEY:}}") String configured,
            @Value("${weerbaar.demo.enabled:false}") boolean demo) {
        this.master = master(configured, demo);
    }

    static byte[] master(String configured, boolean demo) {
        if (configured != null && !configured.isBlank()) {
            byte[] raw = Base64.getDecoder().decode(configured.strip());
            if (raw.length != 32) {
                throw new IllegalStateException("WEERBAAR_MELDPUNT_KEY must be base64 of 32 bytes");
            }
            return raw;
        }
        if (demo) {
            try {
                return MessageDigest.getInstance("SHA-256")
                        .digest("weerbaar-demo-only-meldpunt-key".getBytes(StandardCharsets.UTF_8));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("Set WEERBAAR_MELDPUNT_KEY (base64 of 32 random bytes) to run the meldpunt");
    }

    /** A new random key for one report. */
    byte[] newReportKey() {
        byte[] key = new byte[32];
        random.nextBytes(key);
        return key;
    }

    /** The report's key sealed under its municipality's key, bound to the report. */
    FileCipher.Sealed wrap(UUID tenant, UUID report, byte[] reportKey) {
        return municipalityCipher(tenant).seal(reportKey, "meldpunt-report-key:" + report);
    }

    /** The report's key back; throws when the key was wrapped for another municipality or report. */
    byte[] unwrap(UUID tenant, UUID report, FileCipher.Sealed wrapped) {
        return municipalityCipher(tenant).open(wrapped, "meldpunt-report-key:" + report);
    }

    /** The cipher under one report's key. */
    static FileCipher reportCipher(byte[] reportKey) {
        return FileCipher.withKey(reportKey);
    }

    /** How a receipt code is stored: HMAC-SHA256 under the municipality's receipt key, in hex. */
    String receiptHash(UUID tenant, String normalisedCode) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Hkdf.derive(master, SALT, "receipt:" + tenant, 32), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(normalisedCode.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The keyed pseudonym of a BAG address in a report of {@code tenant} (ADR 1020): HMAC-SHA256 of the nummeraanduiding
     * id under the municipality's address key, in hex. Equal for the same address within one municipality, different
     * between municipalities; without the master key a database copy cannot tell which address it is.
     */
    String addressKey(UUID tenant, String bagId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Hkdf.derive(master, SALT, "address:" + tenant, 32), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(bagId.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private FileCipher municipalityCipher(UUID tenant) {
        return FileCipher.withKey(Hkdf.derive(master, SALT, "municipality:" + tenant, 32));
    }
}
