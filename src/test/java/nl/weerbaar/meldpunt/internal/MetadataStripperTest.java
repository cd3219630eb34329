package nl.weerbaar.meldpunt.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;

class MetadataStripperTest {

    /** A JPEG shell with JFIF, an EXIF segment naming a camera and a place, a comment, and the scan. */
    static byte[] jpegWithExif() {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xD8});
        segment(b, 0xE0, "JFIF\0\1\1\0\0\1\0\1\0\0");
        segment(b, 0xE1, "Exif\0\0GPS 52.0907 5.1214 Canon EOS 2026:12:07 10:03:17");
        segment(b, 0xFE, "Gemaakt door J. Jansen");
        segment(b, 0xDB, "quantisation");
        b.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xDA, 0, 4, 1, 2, 9, 9, 9, (byte) 0xFF, (byte) 0xD9});
        return b.toByteArray();
    }

    static byte[] pngWithText() {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        chunk(b, "IHDR", new byte[] {0, 0, 0, 1, 0, 0, 0, 1, 8, 0, 0, 0, 0});
        chunk(b, "tEXt", "Author\0J. Jansen".getBytes(StandardCharsets.ISO_8859_1));
        chunk(b, "tIME", new byte[] {7, (byte) 0xEA, 12, 7, 10, 3, 17});
        chunk(b, "eXIf", "MM\0*GPS 52.0907".getBytes(StandardCharsets.ISO_8859_1));
        chunk(b, "pHYs", new byte[] {0, 0, 0, 1, 0, 0, 0, 1, 0});
        chunk(b, "IDAT", new byte[] {1, 2, 3});
        chunk(b, "IEND", new byte[0]);
        return b.toByteArray();
    }

    static byte[] pdfWithProperties() throws Exception {
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            PDDocumentInformation info = new PDDocumentInformation();
            info.setAuthor("J. Jansen");
            info.setTitle("Verslag vergunning Dorpsstraat");
            info.setCreator("Word voor gemeente Voorbeeldstad");
            doc.setDocumentInformation(info);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void jpegLosesExifAndCommentsAndKeepsTheImage() {
        MetadataStripper.Result r = MetadataStripper.clean(jpegWithExif());
        assertThat(r.refused()).isFalse();
        assertThat(r.type()).isEqualTo("image/jpeg");
        String text = new String(r.bytes(), StandardCharsets.ISO_8859_1);
        assertThat(text)
                .doesNotContain("Exif")
                .doesNotContain("Canon")
                .doesNotContain("Jansen")
                .doesNotContain("GPS");
        assertThat(text).contains("JFIF").contains("quantisation");
        assertThat(r.bytes()[r.bytes().length - 1]).isEqualTo((byte) 0xD9);
    }

    @Test
    void pngLosesTextTimeAndExifChunks() {
        MetadataStripper.Result r = MetadataStripper.clean(pngWithText());
        assertThat(r.refused()).isFalse();
        String text = new String(r.bytes(), StandardCharsets.ISO_8859_1);
        assertThat(text)
                .doesNotContain("tEXt")
                .doesNotContain("Jansen")
                .doesNotContain("tIME")
                .doesNotContain("eXIf");
        assertThat(text).contains("IHDR").contains("pHYs").contains("IDAT").endsWith("IEND" + tail());
    }

    @Test
    void pdfLosesItsDocumentProperties() throws Exception {
        MetadataStripper.Result r = MetadataStripper.clean(pdfWithProperties());
        assertThat(r.refused()).isFalse();
        assertThat(new String(r.bytes(), StandardCharsets.ISO_8859_1)).doesNotContain("Jansen");
        try (PDDocument doc = Loader.loadPDF(r.bytes())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            assertThat(doc.getDocumentInformation().getAuthor()).isNull();
            assertThat(doc.getDocumentInformation().getTitle()).isNull();
            assertThat(doc.getDocumentCatalog().getMetadata()).isNull();
        }
    }

    @Test
    void heicAndUnknownFilesAreRefusedWithAReason() {
        byte[] heic = new byte[] {0, 0, 0, 24, 'f', 't', 'y', 'p', 'h', 'e', 'i', 'c', 0, 0, 0, 0};
        assertThat(MetadataStripper.clean(heic).refusal()).isEqualTo("meldpunt.attachment.heic");
        assertThat(MetadataStripper.clean("PK\3\4 word".getBytes(StandardCharsets.ISO_8859_1))
                        .refusal())
                .isEqualTo("meldpunt.attachment.unknownType");
        byte[] broken = new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE1, 0x7F, 0x7F};
        assertThat(MetadataStripper.clean(broken).refusal()).isEqualTo("meldpunt.attachment.unreadable");
    }

    private static String tail() {
        CRC32 crc = new CRC32();
        crc.update("IEND".getBytes(StandardCharsets.US_ASCII));
        long v = crc.getValue();
        return new String(
                new byte[] {(byte) (v >> 24), (byte) (v >> 16), (byte) (v >> 8), (byte) v},
                StandardCharsets.ISO_8859_1);
    }

    private static void segment(ByteArrayOutputStream b, int marker, String payload) {
        byte[] p = payload.getBytes(StandardCharsets.ISO_8859_1);
        b.writeBytes(new byte[] {(byte) 0xFF, (byte) marker, (byte) ((p.length + 2) >> 8), (byte) (p.length + 2)});
        b.writeBytes(p);
    }

    private static void chunk(ByteArrayOutputStream b, String type, byte[] data) {
        b.writeBytes(new byte[] {
            (byte) (data.length >> 24), (byte) (data.length >> 16), (byte) (data.length >> 8), (byte) data.length
        });
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        b.writeBytes(t);
        b.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        long v = crc.getValue();
        b.writeBytes(new byte[] {(byte) (v >> 24), (byte) (v >> 16), (byte) (v >> 8), (byte) v});
    }
}
