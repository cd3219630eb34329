package nl.weerbaar.assessments.measurement;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import nl.weerbaar.platform.TenantContext;
import nl.weerbaar.support.Demo;
import nl.weerbaar.support.IntegrationTest;
import nl.weerbaar.support.WebClient;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The JSON API of measurements and actions: tenant-scoped, audited, problem+json on bad input, documented. */
class AssessmentsApiIT extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static JsonNode json(HttpResponse<String> r) throws Exception {
        return JSON.readTree(r.body());
    }

    private UUID userId(String username) {
        return TenantContext.callAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql("SELECT id FROM app_user WHERE username = ?")
                        .param(username)
                        .query(UUID.class)
                        .single());
    }

    private long audited(String action, String objectType) {
        return TenantContext.callAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql("SELECT count(*) FROM audit_event WHERE action = ? AND object_type = ?")
                        .params(action, objectType)
                        .query(Long.class)
                        .single());
    }

    /** A locked VPT measurement with 4.5 of 8 → 56 %, gaps at VPT.2 (no) and VPT.4 (partly). */
    private UUID measurement(WebClient coordinator) {
        coordinator.get("/assessments");
        UUID instrument = TenantContext.callAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql(
                                "SELECT id FROM assessment_instrument WHERE key = 'vpt-checklist' ORDER BY version DESC LIMIT 1")
                        .query(UUID.class)
                        .single());
        String loc = coordinator
                .postForm(
                        "/assessments/measurements", Map.of("name", "API-meting", "instrument", instrument.toString()))
                .headers()
                .firstValue("Location")
                .orElseThrow();
        UUID m = UUID.fromString(loc.substring(loc.length() - 36));
        coordinator.get("/assessments/measurements/" + m + "/sections/VPT");
        Map<String, String> form = new HashMap<>(
                Map.of("value_VPT.1", "yes", "value_VPT.2", "no", "value_VPT.3", "yes", "value_VPT.4", "partly"));
        form.putAll(Map.of("value_VPT.5", "no", "value_VPT.6", "yes", "value_VPT.7", "no", "value_VPT.8", "yes"));
        coordinator.postForm("/assessments/measurements/" + m + "/sections/VPT", form);
        return m;
    }

    @Test
    void measurementsAndTheirScoresAreReadableForResultReadersOfTheirOwnMunicipalityOnly() throws Exception {
        WebClient coordinator = loginAs("coordinator");
        UUID m = measurement(coordinator);
        long reads = audited("READ", "measurement");

        HttpResponse<String> list = coordinator.getJson("/api/v1/measurements");
        assertThat(list.statusCode()).isEqualTo(200);
        JsonNode mine = null;
        for (JsonNode n : json(list)) {
            if (n.get("id").asString().equals(m.toString())) {
                mine = n;
            }
        }
        assertThat(mine).isNotNull();
        assertThat(mine.get("instrumentKey").asString()).isEqualTo("vpt-checklist");
        assertThat(mine.get("answered").asInt()).isEqualTo(8);
        assertThat(mine.get("status").asString()).isEqualTo("OPEN");

        HttpResponse<String> scores = loginAs("secretaris").getJson("/api/v1/measurements/" + m + "/scores");
        assertThat(scores.statusCode()).isEqualTo(200);
        JsonNode pillar = json(scores).get("pillars").get(0);
        assertThat(pillar.get("key").asString()).isEqualTo("VPT");
        assertThat(pillar.get("percent").asDouble()).isEqualTo(56.3);
        assertThat(pillar.get("phase").asString()).isEqualTo("Deels op orde");
        assertThat(audited("READ", "measurement")).isGreaterThan(reads + 1);

        HttpResponse<String> other = loginAs("kd.coordinator").getJson("/api/v1/measurements/" + m + "/scores");
        assertThat(other.statusCode()).isEqualTo(404);
        assertThat(other.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        assertThat(json(loginAs("kd.coordinator").getJson("/api/v1/measurements"))
                        .toString())
                .doesNotContain(m.toString());
        assertThat(loginAs("medewerker").getJson("/api/v1/measurements").statusCode())
                .isEqualTo(403);

        HttpResponse<String> bad = coordinator.getJson("/api/v1/measurements?status=KLAAR");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        assertThat(json(bad).get("errors").get(0).get("field").asString()).isEqualTo("status");
        assertThat(json(bad).get("errors").get(0).get("message").asString()).startsWith("Kies een status");
    }

    @Test
    void aGapBecomesAnActionPreFilledFromTheSuggestedMeasureAndShowsUpPerOwnerAndMunicipality() throws Exception {
        WebClient coordinator = loginAs("coordinator");
        UUID m = measurement(coordinator);
        coordinator.get("/assessments");

        HttpResponse<String> invalid = coordinator.sendJson(
                "POST",
                "/api/v1/measurements/" + m + "/gaps/VPT.2/actions",
                "{\"title\":\"x\",\"dueDate\":\"31-02-2026\",\"ownerId\":\"niemand\",\"priority\":\"URGENT\"}");
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(invalid.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        assertThat(json(invalid).get("errors").findValuesAsString("field"))
                .containsExactly("title", "ownerId", "dueDate", "priority");
        long before = TenantContext.callAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql("SELECT count(*) FROM action_item")
                        .query(Long.class)
                        .single());

        assertThat(coordinator
                        .sendJson("POST", "/api/v1/measurements/" + m + "/gaps/VPT.1/actions", "{}")
                        .statusCode())
                .as("a green answer is no gap")
                .isEqualTo(404);
        WebClient kleindorp = loginAs("kd.coordinator");
        kleindorp.get("/assessments");
        assertThat(kleindorp
                        .sendJson("POST", "/api/v1/measurements/" + m + "/gaps/VPT.2/actions", "{}")
                        .statusCode())
                .as("another municipality")
                .isEqualTo(404);
        assertThat(TenantContext.callAs(
                        Demo.VOORBEELDSTAD,
                        () -> jdbc.sql("SELECT count(*) FROM action_item")
                                .query(Long.class)
                                .single()))
                .as("nothing saved")
                .isEqualTo(before);

        LocalDate dueDate = LocalDate.now().plusMonths(2);
        String due = dueDate.toString();
        // typed the Dutch way (day-month-year), as DateInput reads every date field
        String typed = dueDate.getDayOfMonth() + "-" + dueDate.getMonthValue() + "-" + dueDate.getYear();
        HttpResponse<String> created = coordinator.sendJson(
                "POST",
                "/api/v1/measurements/" + m + "/gaps/VPT.2/actions",
                "{\"ownerId\":\"" + userId("medewerker") + "\",\"dueDate\":\"" + typed + "\"}");
        assertThat(created.statusCode()).isEqualTo(201);
        UUID action = UUID.fromString(json(created).get("id").asString());
        assertThat(created.headers().firstValue("Location").orElseThrow()).endsWith("/actions/" + action);

        JsonNode all = json(coordinator.getJson("/api/v1/actions?status=OPEN"));
        JsonNode found = null;
        for (JsonNode n : all) {
            if (n.get("id").asString().equals(action.toString())) {
                found = n;
            }
        }
        assertThat(found).as("in the municipality's plan").isNotNull();
        assertThat(found.get("title").asString())
                .isEqualTo("Maak melden eenvoudig en bespreek in teams waarom ook kleine incidenten tellen.");
        assertThat(found.get("dueDate").asString()).isEqualTo(due);
        assertThat(found.get("sourceModule").asString()).isEqualTo("assessments");

        WebClient medewerker = loginAs("medewerker");
        assertThat(json(medewerker.getJson("/api/v1/actions?owner=me")).toString())
                .contains(action.toString());
        assertThat(json(medewerker.getJson("/api/v1/actions")).toString()).contains(action.toString());
        assertThat(json(coordinator.getJson("/api/v1/actions?owner=" + userId("medewerker")))
                        .toString())
                .contains(action.toString());
        assertThat(medewerker
                        .getJson("/api/v1/actions?owner=" + userId("coordinator"))
                        .statusCode())
                .isEqualTo(403);
        assertThat(json(loginAs("kd.coordinator").getJson("/api/v1/actions")).toString())
                .doesNotContain(action.toString());

        HttpResponse<String> bad = coordinator.getJson("/api/v1/actions?status=KLAAR&owner=iemand");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(json(bad).get("errors").findValuesAsString("field")).containsExactly("status", "owner");
    }

    @Test
    void theOpenApiDocumentDescribesTheNewEndpoints() {
        String doc = anonymous().getJson("/v3/api-docs").body();
        assertThat(doc)
                .contains("\"/measurements\"")
                .contains("\"/measurements/{id}/scores\"")
                .contains("\"/measurements/{id}/gaps/{questionKey}/actions\"")
                .contains("\"/actions\"");
    }
}
