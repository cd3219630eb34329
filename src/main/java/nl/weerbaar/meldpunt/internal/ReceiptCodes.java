package nl.weerbaar.meldpunt.internal;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * Receipt codes: 16 characters of Crockford's base 32 (80 random bits), shown in groups of four. Reading is lenient
 * as Crockford intends: case, spaces and hyphens do not matter, I and L read as 1, O as 0.
 */
final class ReceiptCodes {

    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    static final int LENGTH = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    private ReceiptCodes() {}

    /** A new code, without separators. */
    static String newCode() {
        StringBuilder b = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            b.append(ALPHABET.charAt(RANDOM.nextInt(32)));
        }
        return b.toString();
    }

    /** {@code ABCD-EFGH-JKMN-PQRS}. */
    static String grouped(String code) {
        return String.join("-", code.substring(0, 4), code.substring(4, 8), code.substring(8, 12), code.substring(12));
    }

    /** The code as stored (16 characters of the alphabet), or empty when the input cannot be one. */
    static Optional<String> normalise(String input) {
        if (input == null || input.length() > 40) {
            return Optional.empty();
        }
        StringBuilder b = new StringBuilder(LENGTH);
        for (char c : input.toUpperCase(Locale.ROOT).toCharArray()) {
            if (c == ' ' || c == '-' || c == '\t') {
                continue;
            }
            char mapped = switch (c) {
                case 'I', 'L' -> '1';
                case 'O' -> '0';
                default -> c;
            };
            if (ALPHABET.indexOf(mapped) < 0) {
                return Optional.empty();
            }
            b.append(mapped);
        }
        return b.length() == LENGTH ? Optional.of(b.toString()) : Optional.empty();
    }
}
