package nl.weerbaar.meldpunt.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import nl.weerbaar.platform.ContentSniffer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * Removes what an attachment says about its maker before it is stored: EXIF, XMP, IPTC and comments from JPEG,
 * text, time and EXIF chunks from PNG, the document properties and XMP metadata from PDF (the file is written anew,
 * so earlier revisions go too). Types are recognised by content ({@link ContentSniffer}); a type that cannot be
 * cleaned here (HEIC, Office files, anything else) is refused.
 */
final class MetadataStripper {

    /** The cleaned file and its type, or the message key of the refusal. */
    record Result(byte[] bytes, String type, String refusal) {
        boolean refused() {
            return refusal != null;
        }
    }

    /** PNG chunks that carry no text about the maker or the time; critical chunks are always kept. */
    private static final Set<String> PNG_KEPT =
            Set.of("tRNS", "gAMA", "cHRM", "sRGB", "iCCP", "sBIT", "bKGD", "pHYs", "acTL", "fcTL", "fdAT");

    private MetadataStripper() {}

    static Result clean(byte[] bytes) {
        Optional<String> type = ContentSniffer.sniff(bytes);
        if (type.isEmpty()) {
            return new Result(null, null, "meldpunt.attachment.unknownType");
        }
        try {
            return switch (type.get()) {
                case "image/jpeg" -> new Result(jpeg(bytes), "image/jpeg", null);
                case "image/png" -> new Result(png(bytes), "image/png", null);
                case "application/pdf" -> new Result(pdf(bytes), "application/pdf", null);
                default -> new Result(null, null, "meldpunt.attachment.heic");
            };
        } catch (IOException | RuntimeException e) {
            return new Result(null, null, "meldpunt.attachment.unreadable");
        }
    }

    /** Keeps JFIF (APP0), the colour profile (APP2) and Adobe's colour marker (APP14); drops other APPn and COM. */
    static byte[] jpeg(byte[] in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
        out.write(0xFF);
        out.write(0xD8);
        int i = 2;
        while (i < in.length) {
            if ((in[i] & 0xFF) != 0xFF) {
                throw new IOException("Not a JPEG marker");
            }
            int marker = in[i + 1] & 0xFF;
            if (marker == 0xFF) {
                i++;
                continue;
            }
            if (marker == 0xD9 || (marker >= 0xD0 && marker <= 0xD7) || marker == 0x01) {
                out.write(in, i, 2);
                i += 2;
                continue;
            }
            int length = ((in[i + 2] & 0xFF) << 8) | (in[i + 3] & 0xFF);
            if (length < 2 || i + 2 + length > in.length) {
                throw new IOException("Broken JPEG segment");
            }
            if (marker == 0xDA) {
                out.write(in, i, in.length - i);
                return out.toByteArray();
            }
            boolean app = marker >= 0xE0 && marker <= 0xEF;
            boolean keep = !app && marker != 0xFE
                    || marker == 0xE0
                    || marker == 0xEE
                    || marker == 0xE2 && startsWith(in, i + 4, "ICC_PROFILE");
            if (keep) {
                out.write(in, i, 2 + length);
            }
            i += 2 + length;
        }
        return out.toByteArray();
    }

    static byte[] png(byte[] in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
        out.write(in, 0, 8);
        int i = 8;
        while (i + 12 <= in.length) {
            long length = ((in[i] & 0xFFL) << 24)
                    | ((in[i + 1] & 0xFF) << 16)
                    | ((in[i + 2] & 0xFF) << 8)
                    | (in[i + 3] & 0xFF);
            if (length > in.length - i - 12) {
                throw new IOException("Broken PNG chunk");
            }
            String chunk = new String(in, i + 4, 4, StandardCharsets.US_ASCII);
            boolean critical = Character.isUpperCase(chunk.charAt(0));
            if (critical || PNG_KEPT.contains(chunk)) {
                out.write(in, i, (int) length + 12);
            }
            i += (int) length + 12;
            if (chunk.equals("IEND")) {
                return out.toByteArray();
            }
        }
        throw new IOException("PNG without end");
    }

    static byte[] pdf(byte[] in) throws IOException {
        try (PDDocument doc = Loader.loadPDF(in)) {
            if (doc.isEncrypted()) {
                throw new IOException("Encrypted PDF");
            }
            doc.setDocumentInformation(new PDDocumentInformation());
            doc.getDocumentCatalog().setMetadata(null);
            // A random file identifier: the writer would otherwise make one from the time of writing.
            byte[] id = new byte[16];
            new java.security.SecureRandom().nextBytes(id);
            COSArray ids = new COSArray();
            ids.add(new COSString(id));
            ids.add(new COSString(id));
            doc.getDocument().getTrailer().setItem(COSName.ID, ids);
            ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static boolean startsWith(byte[] in, int at, String text) {
        byte[] t = text.getBytes(StandardCharsets.US_ASCII);
        if (at + t.length > in.length) {
            return false;
        }
        for (int k = 0; k < t.length; k++) {
            if (in[at + k] != t[k]) {
                return false;
            }
        }
        return true;
    }
}
