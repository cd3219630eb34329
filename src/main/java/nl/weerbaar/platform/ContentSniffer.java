package nl.weerbaar.platform;

import java.util.Optional;

/** Recognises allowed file types by their first bytes, never by name or by what the browser claims. */
public final class ContentSniffer {

    private ContentSniffer() {}

    /** {@code image/jpeg}, {@code image/png}, {@code application/pdf} or {@code image/heic}; empty otherwise. */
    public static Optional<String> sniff(byte[] b) {
        if (starts(b, 0xFF, 0xD8, 0xFF)) {
            return Optional.of("image/jpeg");
        }
        if (starts(b, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of("image/png");
        }
        if (starts(b, '%', 'P', 'D', 'F', '-')) {
            return Optional.of("application/pdf");
        }
        if (b.length >= 12 && b[4] == 'f' && b[5] == 't' && b[6] == 'y' && b[7] == 'p') {
            String brand = new String(b, 8, 4, java.nio.charset.StandardCharsets.US_ASCII);
            if (brand.equals("heic") || brand.equals("heix") || brand.equals("mif1") || brand.equals("heif")) {
                return Optional.of("image/heic");
            }
        }
        return Optional.empty();
    }

    /**
     * A harmless file name for a download: the original's base name (letters, digits, space, '_' and '-' only,
     * at most 100 characters; {@code fallback} when nothing is left) with the extension of the sniffed type.
     */
    public static String safeName(String original, String type, String fallback) {
        String base = original == null
                ? ""
                : original.replaceAll(".*[/\\\\]", "")
                        .replaceAll("\\.[A-Za-z0-9]{1,5}$", "")
                        .replaceAll("[^\\p{L}\\p{N} _-]", "_")
                        .strip();
        if (base.isEmpty()) {
            base = fallback;
        }
        if (base.length() > 100) {
            base = base.substring(0, 100);
        }
        String ext = switch (type) {
            case "image/jpeg" -> ".jpg";
            case "image/png" -> ".png";
            case "application/pdf" -> ".pdf";
            default -> ".heic";
        };
        return base + ext;
    }

    private static boolean starts(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
