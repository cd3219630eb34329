package nl.weerbaar.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.weerbaar.platform.TenantContext;
import nl.weerbaar.support.Demo;
import nl.weerbaar.support.IntegrationTest;
import nl.weerbaar.support.WebClient;
import org.junit.jupiter.api.Test;

/**
 * A NUL byte in a text and {@code null} inside a JSON list are field errors on every form and API endpoint: the
 * API answers 400 problem+json naming the field, a page shows the form again with the message, nothing is saved.
 */
class UnreadableInputIT extends IntegrationTest {

    private static final String NUL = "a\u0000b";
    private static final String MESSAGE = "Deze tekst bevat een teken dat niet kan worden opgeslagen.";

    record ApiCase(String user, String method, String path, String json, String field) {}

    record PageCase(String user, String path, Map<String, String> fields, String table) {}

    @Test
    void theApiAnswersFieldErrors() throws Exception {
        String report = """
                {"kinds":["VERBAL_AGGRESSION"],"locationType":"COUNTER","perpetratorRelation":"CITIZEN",
                 "confidentiality":"NONE","description":"%s"%s}""";
        List<ApiCase> cases = List.of(
                new ApiCase("medewerker", "POST", "/api/v1/reports", report.formatted("a\\u0000b", ""), "description"),
                new ApiCase(
                        "medewerker",
                        "POST",
                        "/api/v1/reports",
                        report.formatted("Scheldpartij", ",\"kindOther\":\"x\\u0000\""),
                        "kindOther"),
                new ApiCase(
                        "medewerker",
                        "POST",
                        "/api/v1/reports",
                        report.formatted("Scheldpartij", "").replace("[\"VERBAL_AGGRESSION\"]", "[null]"),
                        "kinds"),
                new ApiCase(
                        "medewerker",
                        "POST",
                        "/api/v1/reports",
                        report.formatted("Scheldpartij", ",\"excludedUsers\":[null]"),
                        "excludedUsers"),
                new ApiCase(
                        "beheerder",
                        "POST",
                        "/api/v1/admin/users",
                        "{\"username\":\"nul.test\",\"displayName\":\"Jan\\u0000\",\"roles\":[\"EMPLOYEE\"]}",
                        "displayName"),
                new ApiCase(
                        "beheerder",
                        "POST",
                        "/api/v1/admin/users",
                        "{\"username\":\"nul.test2\",\"displayName\":\"Jan\",\"roles\":[null]}",
                        "roles"),
                new ApiCase(
                        "beheerder",
                        "POST",
                        "/api/v1/admin/departments",
                        "{\"code\":\"NUL\",\"name\":\"Afdeling\\u0000\"}",
                        "name"),
                new ApiCase("coordinator", "GET", "/api/v1/actions?status=%00", null, "status"));
        long reports = count("incident");
        long users = count("app_user");
        for (ApiCase c : cases) {
            WebClient client = loginAs(c.user());
            client.get("/");
            HttpResponse<String> r = c.method().equals("GET")
                    ? client.getJson(c.path())
                    : client.sendJson(c.method(), c.path(), c.json());
            assertThat(r.statusCode()).as(c.toString()).isEqualTo(400);
            assertThat(r.headers().firstValue("Content-Type").orElse(""))
                    .as(c.toString())
                    .contains("application/problem+json");
            assertThat(r.body()).as(c.toString()).contains("\"field\":\"" + c.field() + "\"");
        }
        assertThat(count("incident")).isEqualTo(reports);
        assertThat(count("app_user")).isEqualTo(users);
    }

    @Test
    void pagesShowTheFormAgainWithTheMessage() throws Exception {
        UUID action = TenantContext.callAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql("SELECT id FROM action_item LIMIT 1")
                        .query(UUID.class)
                        .single());
        UUID mine = TenantContext.callAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql("SELECT i.id FROM incident i JOIN app_user u ON u.id = i.reporter_id"
                                + " WHERE u.username = 'medewerker' LIMIT 1")
                        .query(UUID.class)
                        .single());
        List<PageCase> cases = List.of(
                new PageCase(
                        "medewerker",
                        "/incidents/new",
                        Map.of("kinds", "VERBAL_AGGRESSION", "locationType", "COUNTER", "description", NUL),
                        "incident"),
                new PageCase(
                        "medewerker",
                        "/incidents/mine/" + mine + "/additions",
                        Map.of("text", NUL),
                        "incident_addition"),
                new PageCase("coordinator", "/actions/" + action + "/notes", Map.of("body", NUL), "action_note"),
                new PageCase("coordinator", "/surveys/new", Map.of("title", NUL), "survey"),
                new PageCase("coordinator", "/processes", Map.of("name", NUL), "proc_process"),
                new PageCase(
                        "beheerder",
                        "/admin/users",
                        Map.of("username", "nul.pagina", "displayName", NUL, "roles", "EMPLOYEE"),
                        "app_user"));
        for (PageCase c : cases) {
            long before = count(c.table());
            WebClient client = loginAs(c.user());
            client.get("/");
            HttpResponse<String> r = client.postForm(c.path(), c.fields());
            assertThat(r.statusCode()).as(c.toString()).isBetween(200, 499);
            assertThat(r.body()).as(c.toString()).contains(MESSAGE);
            assertThat(count(c.table())).as(c.toString()).isEqualTo(before);
        }
    }

    private long count(String table) {
        return TenantContext.callAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql("SELECT count(*) FROM " + table)
                        .query(Long.class)
                        .single());
    }
}
