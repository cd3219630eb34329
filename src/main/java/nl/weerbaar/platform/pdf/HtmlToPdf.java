package nl.weerbaar.platform.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgExternalResourceMode;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgScriptMode;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Well-formed XHTML to a tagged PDF: PDF/UA-1 structure (headings, tables, lists, figures with their alt text,
 * running content as artifacts), PDF/A-2a with an sRGB output intent, and the shipped DejaVu Sans embedded as a
 * subset. Nothing outside the document is loaded (no URLs, no scripts in SVG).
 */
final class HtmlToPdf {

    /** The one font family of every PDF (DejaVu fonts licence, see {@code fonts/LICENSE-DejaVu.txt}). */
    static final String FONT = "DejaVu Sans";

    private static final byte[] REGULAR = resource("/fonts/DejaVuSans.ttf");
    private static final byte[] BOLD = resource("/fonts/DejaVuSans-Bold.ttf");
    private static final byte[] SRGB =
            ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    private HtmlToPdf() {}

    static byte[] convert(String xhtml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .useFastMode()
                .usePdfUaAccessibility(true)
                .usePdfAConformance(PdfAConformance.PDFA_2_A)
                .useColorProfile(SRGB)
                .useFont(() -> new ByteArrayInputStream(REGULAR), FONT, 400, FontStyle.NORMAL, true)
                .useFont(() -> new ByteArrayInputStream(BOLD), FONT, 700, FontStyle.NORMAL, true)
                .useSVGDrawer(new BatikSVGDrawer(SvgScriptMode.SECURE, SvgExternalResourceMode.SECURE))
                .useExternalResourceAccessControl(
                        (uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                .withProducer("Weerbaar")
                .withHtmlContent(xhtml, null)
                .toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("PDF could not be made", e);
        }
        return out.toByteArray();
    }

    private static byte[] resource(String path) {
        try (InputStream in = HtmlToPdf.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing font " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
