package nl.weerbaar.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Checks every PDF the product makes: what an assistive technology and an archive need (PDF/UA-1 and PDF/A
 * markers, structure tree, marked content, language, title shown, fonts embedded, alt text on figures).
 */
public final class PdfChecks {

    private PdfChecks() {}

    /** Writes {@code pdf} to {@code target/pdf/name} for a person to look at; the build keeps nothing else of it. */
    public static void keep(byte[] pdf, String name) {
        try {
            java.nio.file.Path dir = java.nio.file.Path.of("target", "pdf");
            java.nio.file.Files.createDirectories(dir);
            java.nio.file.Files.write(dir.resolve(name), pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of all pages, runs of white space as one space. */
    public static String text(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Asserts that {@code pdf} is a tagged, accessible document in {@code language} ("nl" or "en") and returns the
     * structure types it uses (e.g. "H1", "Table", "TH", "L", "Figure"), each once per element, in reading order.
     */
    public static List<String> assertAccessible(byte[] pdf, String language) {
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            var catalog = doc.getDocumentCatalog();
            assertThat(catalog.getStructureTreeRoot()).as("structure tree").isNotNull();
            assertThat(catalog.getMarkInfo()).as("mark info").isNotNull();
            assertThat(catalog.getMarkInfo().isMarked()).as("Marked").isTrue();
            assertThat(catalog.getLanguage()).as("Lang").isEqualTo(language);
            assertThat(doc.getDocumentInformation().getTitle()).as("title").isNotBlank();
            assertThat(catalog.getViewerPreferences()).as("viewer preferences").isNotNull();
            assertThat(catalog.getViewerPreferences().displayDocTitle())
                    .as("DisplayDocTitle")
                    .isTrue();
            String xmp = new String(catalog.getMetadata().toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(xmp).as("XMP").contains("pdfuaid:part").contains("pdfaid:part");

            List<String> types = new ArrayList<>();
            List<String> figuresWithoutAlt = new ArrayList<>();
            walk(catalog.getStructureTreeRoot(), types, figuresWithoutAlt);
            assertThat(types).as("structure elements").isNotEmpty();
            assertThat(types).as("a heading").anyMatch(t -> t.matches("H[1-6]?"));
            assertThat(figuresWithoutAlt).as("figures without alt text").isEmpty();

            for (PDPage page : doc.getPages()) {
                assertThat(page.getStructParents())
                        .as("page in the structure tree")
                        .isGreaterThanOrEqualTo(0);
                assertThat(markedContent(page)).as("marked content on the page").isPositive();
                assertEmbedded(page.getResources(), 0);
            }
            return types;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void walk(PDStructureNode node, List<String> types, List<String> figuresWithoutAlt) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                String type = element.getStructureType();
                types.add(type);
                if ("Figure".equals(type)
                        && (element.getAlternateDescription() == null
                                || element.getAlternateDescription().isBlank())) {
                    figuresWithoutAlt.add(type);
                }
                walk(element, types, figuresWithoutAlt);
            }
        }
    }

    private static int markedContent(PDPage page) throws IOException {
        int count = 0;
        PDFStreamParser parser = new PDFStreamParser(page);
        for (Object token : parser.parse()) {
            if (token instanceof Operator op && "BDC".equals(op.getName())) {
                count++;
            }
        }
        return count;
    }

    private static void assertEmbedded(PDResources resources, int depth) throws IOException {
        if (resources == null || depth > 5) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            PDFont font = resources.getFont(name);
            assertThat(font.isEmbedded())
                    .as("font " + font.getName() + " embedded")
                    .isTrue();
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject x = resources.getXObject(name);
            if (x instanceof PDFormXObject form) {
                assertEmbedded(form.getResources(), depth + 1);
            }
        }
    }
}
