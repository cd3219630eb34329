package nl.weerbaar.insights;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import nl.weerbaar.insights.dashboard.Period;
import nl.weerbaar.insights.report.ReportJob;
import nl.weerbaar.platform.TenantContext;
import nl.weerbaar.support.Demo;
import nl.weerbaar.support.IntegrationTest;
import nl.weerbaar.support.PdfChecks;
import nl.weerbaar.support.WebClient;
import org.apache.pdfbox.Loader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/** The quarterly report: rendered on demand as PDF with the hand-counted figures, and announced by mail. */
class InsightsReportIT extends IntegrationTest {

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    ReportJob job;

    @BeforeEach
    void fixtures() {
        new Fixtures(events, tx, jdbc).voorbeeldstad2021();
    }

    @Test
    void secretaryGetsThePdfWithFiguresAndSummary() throws Exception {
        WebClient client = loginAs("secretaris");
        HttpResponse<byte[]> response = client.http()
                .send(
                        HttpRequest.newBuilder(client.uri("/insights/report.pdf?quarter=2021-Q1"))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).isEqualTo("application/pdf");
        PdfChecks.keep(response.body(), "insights-report.pdf");
        assertThat(PdfChecks.assertAccessible(response.body(), "nl")).contains("H1", "H2", "L", "LI", "Table", "TH");
        try (var pdf = Loader.loadPDF(response.body())) {
            assertThat(pdf.getDocumentInformation().getTitle())
                    .isEqualTo("Kwartaalrapport 2021-K1 — Gemeente Voorbeeldstad");
        }
        // without the page numbers ("2 / 7"), which are no counts
        String text = PdfChecks.text(response.body()).replaceAll("\\d+ / \\d+", "");
        assertThat(text)
                .contains("Kwartaalrapport incidenten 2021-K1")
                .contains("Gemeente Voorbeeldstad")
                .contains("In 2021-K1 zijn 10 incidenten geregistreerd")
                .contains("Burgerzaken verborgen")
                .contains("Verbale agressie verborgen")
                .contains("Vergunningen <5")
                .doesNotContain("(7)")
                .doesNotContain(" 7 ");
    }

    @Test
    void theReportInEnglishSaysItIsEnglish() throws Exception {
        WebClient client = loginAs("secretaris");
        HttpResponse<byte[]> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(client.uri("/insights/report.pdf?quarter=2021-Q1"))
                                .header("Cookie", client.cookieHeader() + "; weerbaar-lang=en")
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        PdfChecks.assertAccessible(response.body(), "en");
        assertThat(PdfChecks.text(response.body())).contains("Quarterly incident report");
    }

    private static HttpResponse<byte[]> pdf(WebClient client, String query) throws Exception {
        return client.http()
                .send(
                        HttpRequest.newBuilder(client.uri("/insights/report.pdf?" + query))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void theReportOfAChosenYearHoldsTheWholeYearWithItsSummaryAndCharts() throws Exception {
        HttpResponse<byte[]> response = pdf(loginAs("secretaris"), "period=2021");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Disposition").orElse(""))
                .contains("weerbaar-jaarrapport-2021.pdf");
        PdfChecks.keep(response.body(), "insights-report-year.pdf");
        assertThat(PdfChecks.assertAccessible(response.body(), "nl")).contains("H1", "Figure", "Table");
        try (var pdf = Loader.loadPDF(response.body())) {
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Jaarrapport 2021 — Gemeente Voorbeeldstad");
            // the management summary is one page; the charts start on the next
            String first = new org.apache.pdfbox.text.PDFTextStripper() {
                {
                    setStartPage(1);
                    setEndPage(1);
                }
            }.getText(pdf);
            assertThat(first)
                    .contains("Kerncijfers", "In 2021 zijn 10 incidenten geregistreerd")
                    .doesNotContain("Grafieken");
        }
        assertThat(PdfChecks.text(response.body()))
                .contains("Jaarrapport incidenten 2021")
                .contains("in het jaar daarvoor")
                .contains("Grafieken", "Incidenten per afdeling", "Opvolging op tijd");
    }

    @Test
    void theReportOfAChosenQuarterHoldsThatQuarter() throws Exception {
        HttpResponse<byte[]> response = pdf(loginAs("secretaris"), "period=2021-Q2");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(PdfChecks.text(response.body()))
                .contains("Kwartaalrapport incidenten 2021-K2")
                .contains("In 2021-K2 zijn 0 incidenten geregistreerd; in het kwartaal daarvoor 10")
                .contains("Incidenten per kwartaal tegen een jaar eerder");
        assertThat(pdf(loginAs("secretaris"), "year=2021-Q1").statusCode()).isEqualTo(404);
        assertThat(pdf(loginAs("secretaris"), "period=1999").statusCode()).isEqualTo(404);
    }

    @Test
    void theDashboardOffersTheLastQuartersAndYears() {
        clock.setTo(java.time.Instant.parse("2026-01-15T13:00:00Z"));
        String page = loginAs("secretaris").get("/insights").body();
        assertThat(page)
                .contains("name=\"period\"")
                .contains("<option value=\"2025-Q4\">2025-K4</option>")
                .contains("<option value=\"2024-Q1\">2024-K1</option>")
                .doesNotContain("value=\"2023-Q4\"")
                .contains("<option value=\"2026\">2026</option>")
                .contains("<option value=\"2024\">2024</option>");
        assertThat(loginAs("leidinggevende").get("/insights").body()).doesNotContain("name=\"period\"");
    }

    @Test
    void badQuarterIsNotFoundAndManagersGetNoReport() {
        assertThat(loginAs("coordinator")
                        .get("/insights/report.pdf?quarter=2021-Q5")
                        .statusCode())
                .isEqualTo(404);
        assertThat(loginAs("leidinggevende").get("/insights/report").statusCode())
                .isEqualTo(403);
    }

    @Test
    void theJobMailsALinkNotTheContent() throws Exception {
        Period q = Period.containing(Period.Granularity.QUARTER, java.time.LocalDate.of(2021, 1, 1));
        int sent = TenantContext.callAs(Demo.VOORBEELDSTAD, () -> job.mail(q));
        assertThat(sent).isGreaterThanOrEqualTo(1);
        MimeMessage mail = Arrays.stream(MAIL.getReceivedMessages())
                .filter(m -> {
                    try {
                        return m.getAllRecipients()[0].toString().equals("secretaris@voorbeeldstad.demo")
                                && m.getContent().toString().contains("/insights/report.pdf?quarter=2021-Q1");
                    } catch (Exception e) {
                        return false;
                    }
                })
                .findFirst()
                .orElseThrow();
        assertThat(mail.getSubject()).isEqualTo("Kwartaalrapport incidenten staat klaar");
        assertThat(mail.getContent().toString()).doesNotContain("Burgerzaken");
    }
}
