package nl.weerbaar.incidents;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.weerbaar.platform.TenantContext;
import nl.weerbaar.support.Demo;
import nl.weerbaar.support.IntegrationTest;
import nl.weerbaar.support.WebClient;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reading cases over the API: what the key's user may see and nothing else, the overview of the secretary, pages,
 * refused input, keys of scope REPORT refused, and every read in the audit log.
 */
class IncidentApiIT extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern KEY = Pattern.compile("id=\"issued-key\"[^>]*value=\"(wbk_[A-Za-z0-9_-]{43})\"");

    /** A new API key of {@code user} with {@code scope}, made on the page as a person would. */
    String key(String user, String scope) {
        WebClient browser = loginAs(user);
        browser.get("/account/api-keys");
        HttpResponse<String> page = browser.postForm(
                "/account/api-keys", Map.of("name", "Zaaksysteem " + UUID.randomUUID(), "scope", scope, "days", "30"));
        Matcher m = KEY.matcher(page.body());
        assertThat(m.find()).as("the new key is on the answer page").isTrue();
        return m.group(1);
    }

    HttpResponse<String> get(String key, String path) {
        return anonymous()
                .send(HttpRequest.newBuilder(anonymous().uri(path))
                        .header("Accept", "application/json")
                        .header("Accept-Language", "nl")
                        .header("Authorization", "Bearer " + key)
                        .GET()
                        .build());
    }

    static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    static List<String> ids(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        json(response).get("incidents").forEach(n -> ids.add(n.get("id").asString()));
        return ids;
    }

    static String q(String text) {
        return "q=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    String report(String user, String description, String extra) {
        return new IncidentSearchIT().reportAt(baseUrl(), user, description, extra);
    }

    String number(String id) {
        return TenantContext.callAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql("SELECT case_number FROM incident WHERE id = ?")
                        .param(UUID.fromString(id))
                        .query(String.class)
                        .single());
    }

    @Test
    void aKeyReadsTheCasesItsUserHandlesWithTheirStepsAndNothingElse() {
        String token = IncidentSearchIT.token();
        String open = report(
                "medewerker",
                "Bezoeker bedreigde de medewerker aan de balie " + token,
                "\"perpetratorReference\": \"Molenweg 3\"");
        String confidential = report(
                "medewerker",
                "Vertrouwelijk: bedreiging door een collega " + token,
                "\"confidentiality\": \"CIVIL_SERVANTS\"");
        String coordinator = key("coordinator", "API");

        HttpResponse<String> list = get(coordinator, "/api/v1/incidents?" + q("bedreiging " + token));
        assertThat(list.headers().firstValue("API-Version")).hasValue("1.4.0");
        assertThat(ids(list)).containsExactly(open);
        JsonNode first = json(list).get("incidents").get(0);
        assertThat(first.get("handles").asBoolean()).isTrue();
        String number = number(open);
        assertThat(first.get("caseNumber").asString()).isEqualTo(number).startsWith("VBS-2026-");
        assertThat(first.get("location").asString()).isEqualTo("/api/v1/incidents/" + number);

        HttpResponse<String> one = get(coordinator, "/api/v1/incidents/" + number);
        assertThat(one.statusCode()).as(one.body()).isEqualTo(200);
        JsonNode incident = json(one);
        assertThat(incident.get("id").asString()).isEqualTo(open);
        assertThat(incident.get("caseNumber").asString()).isEqualTo(number);
        assertThat(incident.get("description").asString()).contains("bedreigde de medewerker");
        assertThat(incident.get("perpetratorReference").asString()).isEqualTo("Molenweg 3");
        assertThat(incident.get("reporter").asString()).isNotBlank();
        assertThat(incident.get("steps").size()).isEqualTo(7);
        assertThat(incident.get("steps").get(0).get("step").asString()).isEqualTo("AFTERCARE");
        assertThat(incident.get("steps").get(0).get("dueAt").asString()).isNotBlank();

        // a confidential case is the confidant's: for the coordinator it does not exist
        // the number as people type it: lower case, without the zeros
        assertThat(get(coordinator, "/api/v1/incidents/" + number.toLowerCase().replaceAll("-0+", "-"))
                        .statusCode())
                .isEqualTo(200);
        String secret = number(confidential);
        HttpResponse<String> refused = get(coordinator, "/api/v1/incidents/" + secret);
        assertThat(refused.statusCode()).isEqualTo(404);
        assertThat(refused.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(get(key("vertrouwenspersoon", "API"), "/api/v1/incidents/" + secret)
                        .statusCode())
                .isEqualTo(200);
        // another department's manager and another municipality's coordinator: not found, not listed
        String otherManager = key("leidinggevende.vg", "API");
        assertThat(get(otherManager, "/api/v1/incidents/" + number).statusCode())
                .isEqualTo(404);
        assertThat(ids(get(otherManager, "/api/v1/incidents?" + q(token)))).isEmpty();
        String kleindorp = key("kd.coordinator", "API");
        assertThat(get(kleindorp, "/api/v1/incidents/" + number).statusCode()).isEqualTo(404);
        assertThat(get(kleindorp, "/api/v1/incidents/" + open).statusCode()).isEqualTo(404);
        assertThat(ids(get(kleindorp, "/api/v1/incidents?" + q(token)))).isEmpty();
        assertThat(get(coordinator, "/api/v1/incidents/not-an-id").statusCode()).isEqualTo(404);

        // every read in the audit log: the list, the case, and the refused read of the confidential case
        assertThat(audit("coordinator", "api-list", null, "SUCCESS")).isPositive();
        // the case read twice: by its number and by the number as typed
        assertThat(audit("coordinator", "api", open, "SUCCESS")).isEqualTo(2);
        assertThat(audit("coordinator", null, secret, "DENIED")).isEqualTo(1);
        assertThat(TenantContext.callAs(
                        Demo.KLEINDORP,
                        () -> jdbc.sql("SELECT count(*) FROM audit_event WHERE result = 'DENIED' AND object_id = ?")
                                .param(number)
                                .query(Long.class)
                                .single()))
                .isEqualTo(1);
    }

    @Test
    void aReportKeyReadsNoCasesAndAnEmployeeNone() {
        String reportOnly = key("coordinator", "REPORT");
        assertThat(get(reportOnly, "/api/v1/incidents").statusCode()).isEqualTo(401);
        assertThat(get(reportOnly, "/api/v1/incidents/VBS-2026-0001").statusCode())
                .isEqualTo(401);
        assertThat(get(key("medewerker", "API"), "/api/v1/incidents").statusCode())
                .isEqualTo(403);
    }

    @Test
    void theSecretaryReadsTheOverviewWithoutReporterDescriptionOrNotes() {
        String token = IncidentSearchIT.token();
        String id =
                report("medewerker", "Bedreiging aan de balie " + token, "\"occurredAt\": \"2026-09-14T08:00:00Z\"");
        WebClient secretary = WebClient.forApi(baseUrl(), "secretaris", Demo.PASSWORD);
        // the words of a description do not find a case in the overview
        HttpResponse<String> searched = secretary.getJson("/api/v1/incidents?" + q(token));
        assertThat(ids(searched)).isEmpty();
        HttpResponse<String> listed = secretary.getJson("/api/v1/incidents?from=2026-09-14&to=2026-09-14&pageSize=100");
        assertThat(ids(listed)).contains(id);
        HttpResponse<String> one = secretary.getJson("/api/v1/incidents/" + number(id));
        assertThat(one.statusCode()).isEqualTo(200);
        JsonNode incident = json(one);
        assertThat(incident.get("handles").asBoolean()).isFalse();
        assertThat(incident.get("description").isNull()).isTrue();
        assertThat(incident.get("reporter").isNull()).isTrue();
        assertThat(incident.get("severity").asString()).isNotBlank();
        assertThat(incident.get("steps").get(0).get("notes").isNull()).isTrue();
        assertThat(audit("secretaris", "api-overview", id, "SUCCESS")).isEqualTo(1);
    }

    @Test
    void pagesFollowEachOtherAndInputThatCannotBeReadIsRefusedPerField() {
        String token = IncidentSearchIT.token();
        String a = report("medewerker", "Eerste bedreiging " + token, "");
        String b = report("medewerker", "Tweede bedreiging " + token, "");
        WebClient coordinator = WebClient.forApi(baseUrl(), "coordinator", Demo.PASSWORD);
        HttpResponse<String> first = coordinator.getJson("/api/v1/incidents?pageSize=1&" + q(token));
        assertThat(ids(first)).containsExactly(b);
        String next = json(first).get("next").asString();
        assertThat(next).startsWith("/api/v1/incidents?").contains("page=2");
        assertThat(json(first).get("previous").isNull()).isTrue();
        HttpResponse<String> second = coordinator.getJson(next);
        assertThat(ids(second)).containsExactly(a);
        assertThat(json(second).get("next").isNull()).isTrue();
        assertThat(ids(coordinator.getJson("/api/v1/incidents?sort=oldest&" + q(token))))
                .containsExactly(a, b);

        HttpResponse<String> refused =
                coordinator.getJson("/api/v1/incidents?pageSize=101&page=201&sort=sideways&from=gisteren&kind=X");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(refused.body()).contains("pageSize", "page", "sort", "from", "kind");
    }

    private long audit(String actor, String purpose, String objectId, String result) {
        return TenantContext.callAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql("""
            SELECT count(*) FROM audit_event WHERE actor_name = :actor AND object_type = 'incident' AND action = 'READ'
               AND result = :result AND (CAST(:purpose AS text) IS NULL OR purpose = :purpose)
               AND (CAST(:object AS text) IS NULL OR object_id = :object)""")
                        .param("actor", actor)
                        .param("purpose", purpose)
                        .param("object", objectId)
                        .param("result", result)
                        .query(Long.class)
                        .single());
    }
}
