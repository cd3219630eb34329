package nl.weerbaar.platform.audit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The keys of the audit chain (ADR 0003): HMAC-SHA256 keys that only the application holds, never the database.
 * {@code WEERBAAR_AUDIT_KEY} (base64 of at least 32 bytes) seals new rows; {@code WEERBAAR_AUDIT_PREVIOUS_KEYS}
 * (comma-separated, same form) are kept for verifying rows and anchors sealed before a key rotation. In demo mode a
 * fixed, publicly known key is used when none is set, with a warning; otherwise start-up fails.
 *
 * <p>A key is named in the database only by its id: the first 8 bytes of its SHA-256, in hex.
 */
@Component
public class AuditKeys {

    private static final Logger LOG = LoggerFactory.getLogger(AuditKeys.class);
    static final String DEMO_SEED = "weerbaar-demo-only-audit-key";

    private final String currentId;
    private final Map<String, SecretKeySpec> keys = new LinkedHashMap<>();
    private final boolean demoKey;

    AuditKeys(
            @Value("${weerbaar.audit.key:${WEERBAAR_AUDIT_KEY:}}") String configured,
            @Value("${weerbaar.audit.previous-keys:${WEERBAAR_AUDIT_PREVIOUS_KEYS:}}") String previous,
            @Value("${weerbaar.demo.enabled:false}") boolean demo) {
        byte[] current;
        if (configured != null && !configured.isBlank()) {
            current = decode(configured, "WEERBAAR_AUDIT_KEY");
            demoKey = false;
        } else if (demo) {
            current = sha256(DEMO_SEED.getBytes(StandardCharsets.UTF_8));
            demoKey = true;
            LOG.warn("WEERBAAR_AUDIT_KEY is not set: the audit log is sealed with the public DEMO key, so anyone can "
                    + "rewrite it unnoticed. Never run like this with real data; set WEERBAAR_AUDIT_KEY (base64 of 32 "
                    + "random bytes) and WEERBAAR_DEMO=false.");
        } else {
            throw new IllegalStateException("Set WEERBAAR_AUDIT_KEY (base64 of 32 random bytes) to seal the audit log; "
                    + "see docs/OPERATIONS.md, \"Audit log\"");
        }
        currentId = add(current);
        if (previous != null) {
            for (String p : previous.split(",")) {
                if (!p.isBlank()) {
                    add(decode(p, "WEERBAAR_AUDIT_PREVIOUS_KEYS"));
                }
            }
        }
    }

    /** The id of the key that seals new rows and anchors. */
    public String currentId() {
        return currentId;
    }

    /** True when the publicly known demo key is in use. */
    public boolean demoKey() {
        return demoKey;
    }

    /** HMAC-SHA256 of {@code text} (UTF-8) under the current key, in hex. */
    public String mac(String text) {
        return mac(currentId, text).orElseThrow();
    }

    /** HMAC-SHA256 of {@code text} under the key with {@code keyId}; empty when this application does not hold it. */
    public Optional<String> mac(String keyId, String text) {
        SecretKeySpec key = keyId == null ? null : keys.get(keyId);
        if (key == null) {
            return Optional.empty();
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return Optional.of(HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8))));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private String add(byte[] raw) {
        String id = HexFormat.of().formatHex(sha256(raw), 0, 8);
        keys.putIfAbsent(id, new SecretKeySpec(raw, "HmacSHA256"));
        return id;
    }

    private static byte[] decode(String value, String name) {
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(value.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(name + " must be base64 of at least 32 bytes");
        }
        if (raw.length < 32) {
            throw new IllegalStateException(name + " must be base64 of at least 32 bytes");
        }
        return raw;
    }

    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
