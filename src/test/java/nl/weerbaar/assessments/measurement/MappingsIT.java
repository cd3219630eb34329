package nl.weerbaar.assessments.measurement;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import nl.weerbaar.platform.TenantContext;
import nl.weerbaar.support.Demo;
import nl.weerbaar.support.IntegrationTest;
import nl.weerbaar.support.WebClient;
import org.junit.jupiter.api.Test;

/**
 * One answer counts toward several instruments: answers of the newest measurement of a mapped instrument are taken
 * over at the start (when asked) or offered when a section is opened, marked, and changeable. Runs in Kleindorp,
 * where no other test takes measurements.
 */
class MappingsIT extends IntegrationTest {

    private UUID instrumentId(String key) {
        return TenantContext.callAs(Demo.KLEINDORP, () -> {
            loginAs("kd.coordinator").get("/assessments"); // registers the shipped instruments
            return jdbc.sql("SELECT id FROM assessment_instrument WHERE key = ? ORDER BY version DESC LIMIT 1")
                    .param(key)
                    .query(UUID.class)
                    .single();
        });
    }

    private UUID start(WebClient coordinator, String name, String instrumentKey, boolean takeOver) {
        coordinator.get("/assessments");
        Map<String, String> form = new HashMap<>(
                Map.of("name", name, "instrument", instrumentId(instrumentKey).toString()));
        if (takeOver) {
            form.put("takeOver", "true");
        }
        HttpResponse<String> r = coordinator.postForm("/assessments/measurements", form);
        assertThat(r.statusCode()).isEqualTo(302);
        String loc = r.headers().firstValue("Location").orElseThrow();
        return UUID.fromString(loc.substring(loc.indexOf("/measurements/") + 14, loc.indexOf("/measurements/") + 50));
    }

    private HttpResponse<String> answer(WebClient client, UUID m, String pillar, Map<String, String> values) {
        client.get("/assessments/measurements/" + m + "/sections/" + pillar);
        Map<String, String> form = new HashMap<>();
        values.forEach((k, v) -> form.put("value_" + k, v));
        return client.postForm("/assessments/measurements/" + m + "/sections/" + pillar, form);
    }

    private record Stored(String value, UUID takenOverFrom) {}

    private Map<String, Stored> stored(UUID measurement) {
        Map<String, Stored> out = new HashMap<>();
        TenantContext.runAs(
                Demo.KLEINDORP,
                () -> jdbc.sql(
                                "SELECT question_key, value, taken_over_from FROM assessment_answer WHERE measurement_id = ?")
                        .param(measurement)
                        .query((rs, n) ->
                                out.put(rs.getString(1), new Stored(rs.getString(2), rs.getObject(3, UUID.class))))
                        .list());
        return out;
    }

    private UUID answerId(UUID measurement, String question) {
        return TenantContext.callAs(
                Demo.KLEINDORP,
                () -> jdbc.sql("SELECT id FROM assessment_answer WHERE measurement_id = ? AND question_key = ?")
                        .params(measurement, question)
                        .query(UUID.class)
                        .single());
    }

    private static String pdfText(WebClient client, String path) {
        try {
            var response = client.http()
                    .send(
                            java.net.http.HttpRequest.newBuilder(client.uri(path))
                                    .GET()
                                    .build(),
                            java.net.http.HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).isEqualTo(200);
            try (var pdf = org.apache.pdfbox.Loader.loadPDF(response.body())) {
                return new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            }
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void answersAreTakenOverAcrossInstrumentsConvertedMarkedAndChangeable() {
        WebClient coordinator = loginAs("kd.coordinator");
        UUID vpt = start(coordinator, "VPT kd", "vpt-checklist", false);
        assertThat(answer(coordinator, vpt, "VPT", Map.of("VPT.3", "yes", "VPT.5", "partly"))
                        .statusCode())
                .isEqualTo(302);

        // started with "take over": the baseline gets the VPT answers as traffic lights, marked as taken over
        UUID baseline = start(coordinator, "Basislijst kd", "basislijst", true);
        Map<String, Stored> taken = stored(baseline);
        assertThat(taken).containsOnlyKeys("MED.2.2", "MED.3.2");
        assertThat(taken.get("MED.2.2")).isEqualTo(new Stored("green", answerId(vpt, "VPT.3")));
        assertThat(taken.get("MED.3.2")).isEqualTo(new Stored("orange", answerId(vpt, "VPT.5")));
        String section = coordinator
                .get("/assessments/measurements/" + baseline + "/sections/MED")
                .body();
        assertThat(section).contains("Overgenomen uit Checklist Veilige Publieke Taak (VPT kd)");
        assertThat(coordinator.get("/assessments/measurements/" + baseline).body())
                .contains("2 van 54 vragen beantwoord");

        // changing one answer clears its mark; the unchanged one keeps it
        answer(coordinator, baseline, "MED", Map.of("MED.2.2", "green", "MED.3.2", "red"));
        taken = stored(baseline);
        assertThat(taken.get("MED.2.2").takenOverFrom()).isEqualTo(answerId(vpt, "VPT.3"));
        assertThat(taken.get("MED.3.2")).isEqualTo(new Stored("red", null));

        // started without: nothing stored, but opening the section offers the newest answer (the baseline's red → no)
        UUID scan = start(coordinator, "Scan kd", "weerbaarheidsscan", false);
        assertThat(stored(scan)).isEmpty();
        String offered = coordinator
                .get("/assessments/measurements/" + scan + "/sections/BH")
                .body();
        assertThat(offered)
                .contains("Ingevuld vanuit Basislijst weerbaarheid in 26 thema&#39;s (Basislijst kd)")
                .containsPattern("name=\"value_BH\\.4\\.4\" value=\"no\" checked")
                .containsPattern("name=\"value_BH\\.4\\.2\" value=\"\" checked");
        answer(coordinator, scan, "BH", Map.of("BH.4.4", "no", "IP.2.5", "yes"));
        // saved as offered: taken over from the baseline's answer
        assertThat(stored(scan).get("BH.4.4")).isEqualTo(new Stored("no", answerId(baseline, "MED.3.2")));
        // a mapped question answered here without an offer is the person's own answer
        HttpResponse<String> ip = answer(coordinator, scan, "IP", Map.of("IP.2.5", "partly"));
        assertThat(ip.statusCode()).isEqualTo(302);
        assertThat(stored(scan).get("IP.2.5")).isEqualTo(new Stored("partly", null));

        // the results page and the PDF say which answers were taken over, and from where
        String results = coordinator
                .get("/assessments/measurements/" + scan + "/results")
                .body();
        assertThat(results)
                .contains("1 antwoord is overgenomen uit een gekoppeld instrument")
                .contains("Overgenomen uit Basislijst weerbaarheid in 26 thema&#39;s (Basislijst kd)");
        assertThat(results.split("Overgenomen uit Basislijst", -1))
                .as("only the taken-over answer is marked")
                .hasSize(2);
        assertThat(pdfText(coordinator, "/assessments/measurements/" + scan + "/report.pdf"))
                .contains("1 antwoord is overgenomen uit een gekoppeld instrument")
                .contains("Overgenomen uit Basislijst weerbaarheid in 26 thema's (Basislijst kd)");

        // the answers of another municipality are never offered
        WebClient voorbeeldstad = loginAs("coordinator");
        voorbeeldstad.get("/assessments");
        HttpResponse<String> r = voorbeeldstad.postForm(
                "/assessments/measurements",
                Map.of(
                        "name",
                        "VPT vs",
                        "instrument",
                        TenantContext.callAs(
                                        Demo.VOORBEELDSTAD,
                                        () -> jdbc.sql(
                                                        "SELECT id FROM assessment_instrument WHERE key = 'vpt-checklist' ORDER BY version DESC LIMIT 1")
                                                .query(UUID.class)
                                                .single())
                                .toString(),
                        "takeOver",
                        "true"));
        String loc = r.headers().firstValue("Location").orElseThrow();
        assertThat(voorbeeldstad.get(loc).body())
                .doesNotContain("Basislijst kd")
                .doesNotContain("Scan kd");
    }

    @Test
    void theShippedMappingIsListedAndABrokenImportIsRefusedWholeWithItsLine() {
        WebClient coordinator = loginAs("kd.coordinator");
        String list = coordinator.get("/assessments/mappings").body();
        assertThat(list).contains("Kruisverwijzing weerbaarheidsscan, basislijst en VPT-checklist");
        String valid = """
        key: eigen-koppeling
        version: 1
        title: Eigen koppeling
        links:
          - a: basislijst/MED.1.4
            b: weerbaarheidsscan/IV.3.2
            values: {green: yes, orange: partly, red: no}
        """;
        coordinator.get("/assessments/mappings/import");
        HttpResponse<String> refused = coordinator.postForm(
                "/assessments/mappings/import", Map.of("source", valid.replace("IV.3.2", "IV.3.99")));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("Regel 6:").contains("IV.3.99").contains("niets opgeslagen");
        long stored = TenantContext.callAs(
                Demo.KLEINDORP,
                () -> jdbc.sql("SELECT count(*) FROM assessment_mapping WHERE key = 'eigen-koppeling'")
                        .query(Long.class)
                        .single());
        assertThat(stored).isZero();

        HttpResponse<String> ok = coordinator.postForm("/assessments/mappings/import", Map.of("source", valid));
        assertThat(ok.statusCode()).isEqualTo(302);
        String page = coordinator
                .get(ok.headers().firstValue("Location").orElseThrow())
                .body();
        assertThat(page)
                .contains("De koppeling is geïmporteerd")
                .contains("MED.1.4")
                .contains("IV.3.2")
                .contains("Groen (op orde) → Ja");
        assertThat(TenantContext.callAs(
                        Demo.VOORBEELDSTAD,
                        () -> jdbc.sql("SELECT count(*) FROM assessment_mapping WHERE key = 'eigen-koppeling'")
                                .query(Long.class)
                                .single()))
                .as("another municipality does not see it")
                .isZero();
        assertThat(loginAs("kd.medewerker").get("/assessments/mappings/import").statusCode())
                .isEqualTo(403);
    }
}
