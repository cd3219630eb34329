package nl.weerbaar.platform;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * AES-256-GCM for files at rest (incident attachments, evidence of measurements and actions). The key comes from
 * {@code WEERBAAR_ENCRYPTION_KEY} (base64 of 32 bytes); in demo mode a fixed development key is used when none
 * is set, otherwise startup fails. The caller binds the file's id (or another stable reference) as associated
 * data, so a ciphertext cannot be moved to another row.
 */
@Component
public class FileCipher {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    /** Nonce and ciphertext (with tag). */
    public record Sealed(byte[] nonce, byte[] ciphertext) {}

    @Autowired
    FileCipher(
            @Value("${weerbaar.encryption-key:${WEERBAAR_ENCRYPTION_KEY:}}") String configured,
            @Value("${weerbaar.demo.enabled:false}") boolean demo) {
        byte[] raw;
        if (configured != null && !configured.isBlank()) {
            raw = Base64.getDecoder().decode(configured.strip());
            if (raw.length != 32) {
                throw new IllegalStateException("WEERBAAR_ENCRYPTION_KEY must be base64 of 32 bytes");
            }
        } else if (demo) {
            raw = sha256("weerbaar-demo-only-attachment-key");
        } else {
            throw new IllegalStateException(
                    "Set WEERBAAR_ENCRYPTION_KEY (base64 of 32 random bytes) to store attachments");
        }
        this.key = new SecretKeySpec(raw, "AES");
    }

    private FileCipher(byte[] raw) {
        if (raw == null || raw.length != 32) {
            throw new IllegalArgumentException("An AES-256 key has 32 bytes");
        }
        this.key = new SecretKeySpec(raw, "AES");
    }

    /**
     * The same cipher under another key of 32 bytes, for data that has keys of its own (the meldpunt's key per
     * report and per municipality, ADR 0600). The platform's key stays for everything else.
     */
    public static FileCipher withKey(byte[] raw) {
        return new FileCipher(raw);
    }

    /** Encrypts {@code plain} with a fresh nonce, binding {@code associated} (e.g. the row's id). */
    public Sealed seal(byte[] plain, String associated) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            c.updateAAD(associated.getBytes(StandardCharsets.UTF_8));
            // in steps rather than one call: the JIT uses the processor's AES and carry-less multiply instructions
            // only in compiled callers, which a few calls of megabytes each never get (a 5 MB file: 0.2 s in
            // one call, a few ms in steps)
            byte[] out = new byte[c.getOutputSize(plain.length)];
            int written = 0;
            for (int at = 0; at < plain.length; at += STEP) {
                written += c.update(plain, at, Math.min(STEP, plain.length - at), out, written);
            }
            written += c.doFinal(out, written);
            return new Sealed(nonce, written == out.length ? out : java.util.Arrays.copyOf(out, written));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Encryption failed", e);
        }
    }

    /** Throws when the data was altered or was sealed with another {@code associated} value. */
    public byte[] open(Sealed sealed, String associated) {
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed.nonce()));
            c.updateAAD(associated.getBytes(StandardCharsets.UTF_8));
            return c.doFinal(sealed.ciphertext());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("File could not be decrypted", e);
        }
    }

    private static final int STEP = 4 * 1024;

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
