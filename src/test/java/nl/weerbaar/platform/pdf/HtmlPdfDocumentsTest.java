package nl.weerbaar.platform.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import nl.weerbaar.platform.Municipalities;
import nl.weerbaar.platform.TenantContext;
import nl.weerbaar.support.PdfChecks;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/** The one PDF renderer: tagged PDF/UA with title, language, embedded font, alt text and the municipality's theme. */
class HtmlPdfDocumentsTest {

    private static final UUID TOWN = UUID.randomUUID();
    private static final Municipalities MUNICIPALITIES = new Municipalities() {
        @Override
        public List<Municipality> all() {
            return List.of(town());
        }

        @Override
        public Optional<Municipality> byId(UUID id) {
            return TOWN.equals(id) ? Optional.of(town()) : Optional.empty();
        }

        private Municipality town() {
            return new Municipality(
                    TOWN, "proefstad", "Gemeente Proefstad", "#7a1f5c", "#0b6623", "P", true, false, 10, "PRS", null);
        }
    };

    private final HtmlPdfDocuments documents = new HtmlPdfDocuments(engine(), MUNICIPALITIES);

    @AfterEach
    void noMunicipality() {
        TenantContext.set(null);
    }

    @Test
    void aTemplateBecomesATaggedDocumentWithTitleLanguageFontAndAltText() {
        TenantContext.set(TOWN);
        render(Locale.forLanguageTag("nl"), null);
        long start = System.nanoTime();
        byte[] pdf = render(Locale.forLanguageTag("nl"), null);
        System.out.printf("One-page PDF (warm) rendered in %d ms%n", (System.nanoTime() - start) / 1_000_000);

        PdfChecks.keep(pdf, "platform-sample.pdf");
        List<String> types = PdfChecks.assertAccessible(pdf, "nl");
        assertThat(types).contains("H1", "H2", "Table", "THead", "TH", "TBody", "TR", "TD", "L", "LI", "Figure");
        assertThat(PdfChecks.text(pdf))
                .contains("Eén verslag – ‘Weerbaar’ € 12")
                .contains("Beleid")
                .contains("Gemeente Proefstad");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("Proefrapport 2026");
            assertThat(doc.getDocumentInformation().getAuthor()).isEqualTo("Gemeente Proefstad");
            assertThat(doc.getDocumentInformation().getSubject()).isEqualTo("Proefrapport 2026 — Gemeente Proefstad");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void chartsGoIntoAPdfAsFiguresWithTheirTables() {
        TenantContext.set(TOWN);
        var columns = nl.weerbaar.platform.chart.Charts.columns(
                "q",
                "Incidenten per kwartaal",
                "2026 tegen 2025",
                "Kwartaal",
                List.of("K1", "K2"),
                List.of(
                        new nl.weerbaar.platform.chart.Series(
                                "2025",
                                List.of(
                                        nl.weerbaar.platform.chart.Datum.of(7),
                                        nl.weerbaar.platform.chart.Datum.hidden("<5"))),
                        new nl.weerbaar.platform.chart.Series(
                                "2026",
                                List.of(
                                        nl.weerbaar.platform.chart.Datum.of(9),
                                        nl.weerbaar.platform.chart.Datum.of(12)))));
        var heat = new nl.weerbaar.platform.chart.HeatMap(
                        "h",
                        "Risico's",
                        "Kans tegen impact",
                        "Kans",
                        List.of("Groot"),
                        List.of("Zwaar"),
                        List.of(List.of(new nl.weerbaar.platform.chart.HeatMap.Cell(
                                nl.weerbaar.platform.chart.Datum.of(3), "heat--HIGH", "#fde3cf", "hoog"))))
                .build();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("charts", List.of(columns, heat));
        byte[] pdf = documents.render("test/pdf-chart", model, "Grafieken 2026", Locale.forLanguageTag("nl"));
        PdfChecks.keep(pdf, "platform-charts.pdf");
        assertThat(PdfChecks.assertAccessible(pdf, "nl")).contains("H1", "H3", "Figure", "Table", "TH");
        assertThat(PdfChecks.text(pdf)).contains("Incidenten per kwartaal", "2026 tegen 2025", "<5", "12", "3 (hoog)");
    }

    @Test
    void theMunicipalitysPrimaryColourColoursTheDocument() throws Exception {
        TenantContext.set(TOWN);
        assertThat(fillColours(render(Locale.forLanguageTag("nl"), null))).contains("7a1f5c");
        TenantContext.set(null);
        assertThat(fillColours(render(Locale.forLanguageTag("nl"), null)))
                .contains(HtmlPdfDocuments.PRIMARY.substring(1))
                .doesNotContain("7a1f5c");
    }

    @Test
    void anEnglishDocumentSaysSo() {
        byte[] pdf = render(Locale.ENGLISH, null);
        PdfChecks.assertAccessible(pdf, "en");
    }

    @Test
    void onlyAPlainColourReachesTheStyleSheet() {
        assertThat(HtmlPdfDocuments.colour(Optional.of("#A1b2C3"), "#000000")).isEqualTo("#A1b2C3");
        assertThat(HtmlPdfDocuments.colour(Optional.of("red;}body{display:none"), "#000000"))
                .isEqualTo("#000000");
        assertThat(HtmlPdfDocuments.colour(Optional.empty(), "#000000")).isEqualTo("#000000");
    }

    @Test
    void nothingIsFetchedFromOutside() throws Exception {
        AtomicInteger requests = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/logo.png";
            byte[] pdf = render(Locale.forLanguageTag("nl"), url);
            assertThat(PdfChecks.text(pdf)).contains("Proefrapport 2026");
        } finally {
            server.stop(0);
        }
        assertThat(requests).hasValue(0);
    }

    private byte[] render(Locale locale, String image) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("text", "Eén verslag – ‘Weerbaar’ € 12");
        model.put("rows", new LinkedHashMap<>(Map.of("Beleid", 60, "Cultuur", 35)).entrySet());
        model.put("image", image);
        return documents.render("test/pdf-sample", model, "Proefrapport 2026", locale);
    }

    /** The colours of fill operators ({@code r g b rg}) on the first page, as rrggbb. */
    private static List<String> fillColours(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<Object> tokens = new PDFStreamParser(doc.getPage(0)).parse();
            List<String> colours = new java.util.ArrayList<>();
            for (int i = 3; i < tokens.size(); i++) {
                if (tokens.get(i) instanceof Operator op && "rg".equals(op.getName())) {
                    StringBuilder hex = new StringBuilder();
                    for (int c = 3; c >= 1; c--) {
                        float v = ((COSNumber) tokens.get(i - c)).floatValue();
                        hex.append(String.format("%02x", Math.round(v * 255)));
                    }
                    colours.add(hex.toString());
                }
            }
            return colours;
        }
    }

    private static SpringTemplateEngine engine() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setCharacterEncoding("UTF-8");
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }
}
