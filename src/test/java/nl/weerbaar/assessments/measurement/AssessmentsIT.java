package nl.weerbaar.assessments.measurement;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import nl.weerbaar.platform.TenantContext;
import nl.weerbaar.support.BrowserTest;
import nl.weerbaar.support.Demo;
import nl.weerbaar.support.PdfChecks;
import nl.weerbaar.support.WebClient;
import org.junit.jupiter.api.Test;

/** Measurements over HTTP: instruments, import, sections, locking, results, gaps to actions, 1-meting, PDF. */
class AssessmentsIT extends BrowserTest {

    private static final String VPT_KEYS = "VPT.1,VPT.2,VPT.3,VPT.4,VPT.5,VPT.6,VPT.7,VPT.8";

    private UUID instrumentId(String key) {
        return TenantContext.callAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql("SELECT id FROM assessment_instrument WHERE key = ? ORDER BY version DESC LIMIT 1")
                        .param(key)
                        .query(UUID.class)
                        .single());
    }

    private UUID userId(String username) {
        return TenantContext.callAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql("SELECT id FROM app_user WHERE username = ?")
                        .param(username)
                        .query(UUID.class)
                        .single());
    }

    private static UUID idFrom(HttpResponse<String> r, String prefix) {
        String loc = r.headers().firstValue("Location").orElseThrow();
        String rest = loc.substring(loc.indexOf(prefix) + prefix.length());
        return UUID.fromString(rest.substring(0, 36));
    }

    private UUID start(WebClient coordinator, String name, String instrumentKey, UUID copyOf) {
        coordinator.get("/assessments");
        Map<String, String> form = new HashMap<>(Map.of("name", name));
        if (copyOf != null) {
            form.put("copyOf", copyOf.toString());
        }
        if (instrumentKey != null) {
            form.put("instrument", instrumentId(instrumentKey).toString());
        }
        HttpResponse<String> r = coordinator.postForm("/assessments/measurements", form);
        assertThat(r.statusCode()).isEqualTo(302);
        return idFrom(r, "/assessments/measurements/");
    }

    private HttpResponse<String> answer(WebClient client, UUID m, Map<String, String> values) {
        client.get("/assessments/measurements/" + m + "/sections/VPT");
        Map<String, String> form = new HashMap<>();
        values.forEach((k, v) -> form.put("value_" + k, v));
        return client.postForm("/assessments/measurements/" + m + "/sections/VPT", form);
    }

    @Test
    void aBrokenInstrumentIsRefusedWholeWithItsLineAndAValidOneIsStoredOnce() {
        WebClient coordinator = loginAs("coordinator");
        coordinator.get("/assessments");
        coordinator.get("/assessments/instruments/import");
        String valid = """
        key: provincie-norm
        version: 1
        title: Norm van de provincie
        kind: checklist
        phases:
          - from: 0
            label: Niet
          - from: 80
            label: Wel
        pillars:
          - key: PN
            title: Norm
            themes:
              - key: PN.1
                title: Basis
                questions:
                  - key: PN.1.1
                    text: Is er een integriteitsbeleid?
                    type: yes-partly-no
        """;
        String broken = valid.replace("type: yes-partly-no", "type: misschien");
        HttpResponse<String> refused =
                coordinator.postForm("/assessments/instruments/import", Map.of("source", broken));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("Regel 19:").contains("misschien").contains("niets opgeslagen");
        long stored = TenantContext.callAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql("SELECT count(*) FROM assessment_instrument WHERE key = 'provincie-norm'")
                        .query(Long.class)
                        .single());
        assertThat(stored).isZero();

        HttpResponse<String> ok = coordinator.postForm("/assessments/instruments/import", Map.of("source", valid));
        assertThat(ok.statusCode()).isEqualTo(302);
        coordinator.get("/assessments/instruments/import");
        HttpResponse<String> again = coordinator.postForm("/assessments/instruments/import", Map.of("source", valid));
        assertThat(again.body()).contains("Regel 2:").contains("bestaat al");
        assertThat(loginAs("medewerker").get("/assessments/instruments/import").statusCode())
                .isEqualTo(403);
    }

    @Test
    void aMeasurementGoesFromStartThroughSectionsAndLockToResultsActionsAComparisonAndAPdf() throws Exception {
        WebClient coordinator = loginAs("coordinator");
        UUID zero = start(coordinator, "0-meting VPT", "vpt-checklist", null);
        coordinator.get("/assessments/measurements/" + zero);
        assertThat(coordinator
                        .postForm(
                                "/assessments/measurements/" + zero + "/assign",
                                Map.of(
                                        "pillar",
                                        "VPT",
                                        "person",
                                        userId("medewerker").toString()))
                        .statusCode())
                .isEqualTo(302);

        WebClient medewerker = loginAs("medewerker");
        assertThat(medewerker.get("/assessments").body())
                .contains("/assessments/measurements/" + zero + "/sections/VPT");
        assertThat(loginAs("vergunningverlener")
                        .get("/assessments/measurements/" + zero + "/sections/VPT")
                        .statusCode())
                .isEqualTo(404);
        assertThat(loginAs("kd.coordinator")
                        .get("/assessments/measurements/" + zero)
                        .statusCode())
                .isEqualTo(404);

        // part-way, with a bad value first: nothing saved
        HttpResponse<String> bad = answer(medewerker, zero, Map.of("VPT.1", "yes", "VPT.2", "misschien"));
        assertThat(bad.body()).contains("Kies een van de antwoorden.");
        assertThat(answers(zero)).isZero();
        assertThat(answer(medewerker, zero, Map.of("VPT.1", "yes", "VPT.2", "no"))
                        .statusCode())
                .isEqualTo(302);
        assertThat(medewerker
                        .get("/assessments/measurements/" + zero + "/sections/VPT")
                        .body())
                .contains("2 van 8 vragen beantwoord");

        coordinator.get("/assessments/measurements/" + zero);
        assertThat(coordinator
                        .postForm("/assessments/measurements/" + zero + "/lock", Map.of())
                        .headers()
                        .firstValue("Location")
                        .orElseThrow())
                .contains("missing=6");
        Map<String, String> rest =
                new HashMap<>(Map.of("VPT.1", "yes", "VPT.2", "no", "VPT.3", "yes", "VPT.4", "partly"));
        rest.putAll(Map.of("VPT.5", "no", "VPT.6", "yes", "VPT.7", "no", "VPT.8", "yes"));
        answer(medewerker, zero, rest);
        coordinator.get("/assessments/measurements/" + zero);
        assertThat(coordinator
                        .postForm("/assessments/measurements/" + zero + "/lock", Map.of("confirmed", "true"))
                        .headers()
                        .firstValue("Location")
                        .orElseThrow())
                .endsWith("?locked");
        assertThat(answer(medewerker, zero, Map.of("VPT.2", "yes")).statusCode())
                .as("locked")
                .isEqualTo(409);

        // results: 4.5 of 8 = 56 % → "Deels op orde"
        String results = coordinator
                .get("/assessments/measurements/" + zero + "/results")
                .body();
        assertThat(results).contains("56% · Deels op orde").contains("VPT.2 Medewerkers melden elk incident");
        HttpResponse<String> toAction =
                coordinator.postForm("/assessments/measurements/" + zero + "/gaps/VPT.2/action", Map.of());
        UUID action = idFrom(toAction, "/actions/");
        String actionPage = coordinator.get("/actions/" + action).body();
        assertThat(actionPage).contains("Maak melden eenvoudig").contains("Antwoord in een scan");
        coordinator.postForm("/actions/" + action + "/complete", Map.of());

        // a follow-up with another instrument than its predecessor's is refused, naming the right one
        HttpResponse<String> mismatch = coordinator.postForm(
                "/assessments/measurements",
                Map.of(
                        "name", "1-meting met ander instrument",
                        "copyOf", zero.toString(),
                        "instrument", instrumentId("weerbaarheidsscan").toString()));
        assertThat(mismatch.statusCode()).isEqualTo(200);
        assertThat(mismatch.body())
                .contains("Een vervolgmeting gebruikt hetzelfde instrument")
                .contains("Checklist Veilige Publieke Taak (v1)");
        assertThat(coordinator.get("/assessments").body()).doesNotContain("1-meting met ander instrument");
        // with its predecessor's instrument named, or none, it starts
        UUID same = start(coordinator, "1-meting VPT gekozen", "vpt-checklist", zero);
        assertThat(coordinator
                        .get("/assessments/measurements/" + same + "/sections/VPT")
                        .body())
                .contains("Vorige meting:");

        // 1-meting as copy: empty answers, previous shown
        UUID one = start(coordinator, "1-meting VPT", null, zero);
        String section = coordinator
                .get("/assessments/measurements/" + one + "/sections/VPT")
                .body();
        assertThat(section).contains("Vorige meting:").contains("0 van 8 vragen beantwoord");
        Map<String, String> better = new HashMap<>(rest);
        better.put("VPT.2", "yes");
        answer(coordinator, one, better);
        String compare = coordinator
                .get("/assessments/measurements/" + one + "/compare?with=" + zero)
                .body();
        assertThat(compare)
                .contains("Gewijzigde antwoorden (1)")
                .contains("beter")
                .contains("Maak melden eenvoudig")
                .contains("13 punten hoger");
        // the chart of the scores per pillar holds the table's percentages: 0-meting next to 1-meting
        assertThat(compare)
                .contains("<figure class=\"chart chart--bars\" id=\"chart-pillars\">")
                .contains("aria-labelledby=\"chart-pillars-title chart-pillars-desc\"");
        java.util.regex.Matcher pillar = java.util.regex.Pattern.compile(
                        "<th scope=\"row\">([^<]+)</th>\\s*<td>(\\d+)% · [^<]*</td>\\s*<td>(\\d+)% · [^<]*</td>")
                .matcher(compare);
        int pillars = 0;
        while (pillar.find()) {
            pillars++;
            assertThat(compare)
                    .containsPattern("<th scope=\"row\">" + java.util.regex.Pattern.quote(pillar.group(1))
                            + "</th>\\s*<td class=\"num\">" + pillar.group(2) + "%</td>\\s*<td class=\"num\">"
                            + pillar.group(3) + "%</td>");
        }
        assertThat(pillars).isPositive();
        // the comparison in a browser: accessible on a desktop and a phone
        com.microsoft.playwright.Page page = loggedInPage("coordinator");
        page.navigate("/assessments/measurements/" + one + "/compare?with=" + zero);
        assertThat(page.locator("#chart-pillars-title").textContent()).isEqualTo("Score per pijler");
        assertAccessible(page);
        page.screenshot(new com.microsoft.playwright.Page.ScreenshotOptions()
                .setPath(java.nio.file.Path.of("target/screenshots/scan-compare-1280.png"))
                .setFullPage(true));
        page.setViewportSize(390, 844);
        assertAccessible(page);
        page.screenshot(new com.microsoft.playwright.Page.ScreenshotOptions()
                .setPath(java.nio.file.Path.of("target/screenshots/scan-compare-390.png"))
                .setFullPage(true));

        HttpResponse<byte[]> pdf = coordinator
                .http()
                .send(
                        HttpRequest.newBuilder(coordinator.uri("/assessments/measurements/" + zero + "/report.pdf"))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        PdfChecks.keep(pdf.body(), "assessments-report.pdf");
        assertThat(PdfChecks.assertAccessible(pdf.body(), "nl"))
                .contains("H1", "H2", "H3", "Table", "TH", "TD", "Figure");
        assertThat(PdfChecks.text(pdf.body()))
                .contains("Resultaten 0-meting VPT")
                .contains("Verbeterpunten")
                .contains("Gemeente Voorbeeldstad");
        assertThat(medewerker
                        .get("/assessments/measurements/" + zero + "/results")
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void staleFollowUpShowsRedAnswersWithoutAnAction() {
        WebClient coordinator = loginAs("coordinator");
        UUID m = start(coordinator, "Basislijst stale", "basislijst", null);
        coordinator.get("/assessments/measurements/" + m + "/sections/BST");
        coordinator.postForm(
                "/assessments/measurements/" + m + "/sections/BST",
                Map.of("value_BST.1.1", "red", "value_BST.1.2", "green"));
        String page = coordinator.get("/assessments/follow-up").body();
        assertThat(page).contains("BST.1.1 Het bestuur agendeert").doesNotContain("BST.1.2 ");
        TenantContext.runAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql(
                                "UPDATE assessment_answer SET evidence_link = 'https://x.demo/a', evidence_at = now() - interval '400 days' "
                                        + "WHERE measurement_id = ? AND question_key = 'BST.1.2'")
                        .param(m)
                        .update());
        assertThat(coordinator.get("/assessments/follow-up").body()).contains("BST.1.2 Er is een bestuurlijk trekker");
    }

    private long answers(UUID m) {
        return TenantContext.callAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql("SELECT count(*) FROM assessment_answer WHERE measurement_id = ?")
                        .param(m)
                        .query(Long.class)
                        .single());
    }
}
