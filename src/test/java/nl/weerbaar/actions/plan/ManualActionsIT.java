package nl.weerbaar.actions.plan;

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

/**
 * Actions added by hand, on the plan page and over the API: the action plan's checks, field errors, source "manual"
 * shown in words, roles and municipalities; and the plan grouped by theme and by source.
 */
class ManualActionsIT extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static JsonNode json(HttpResponse<String> r) {
        return JSON.readTree(r.body());
    }

    private UUID userId(UUID tenant, String username) {
        return TenantContext.callAs(
                tenant,
                () -> jdbc.sql("SELECT id FROM app_user WHERE username = ?")
                        .param(username)
                        .query(UUID.class)
                        .single());
    }

    private UUID themeId(WebClient client, String name) {
        for (JsonNode t : json(client.getJson("/api/v1/actions/themes"))) {
            if (t.get("name").asString().equals(name)) {
                return UUID.fromString(t.get("id").asString());
            }
        }
        throw new AssertionError("no theme " + name);
    }

    private long actionsTitled(String title) {
        return TenantContext.callAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql("SELECT count(*) FROM action_item WHERE title = ?")
                        .param(title)
                        .query(Long.class)
                        .single());
    }

    @Test
    void aCoordinatorAddsAnActionByHandOnThePlanPage() {
        WebClient coordinator = loginAs("coordinator");
        UUID theme = themeId(coordinator, "Integere en veilige werkomgeving");
        UUID owner = userId(Demo.VOORBEELDSTAD, "medewerker");
        String plan = coordinator.get("/actions").body();
        assertThat(plan).contains("Nieuwe actie").contains("value=\"" + theme + "\"");

        var created = coordinator.postForm(
                "/actions/new",
                Map.of(
                        "title", "Screening bij indiensttreding invoeren",
                        "description", "Voor alle vertrouwensfuncties",
                        "themeId", theme.toString(),
                        "ownerId", owner.toString(),
                        "dueDate", "1-6-2027",
                        "priority", "HIGH"));
        assertThat(created.statusCode()).isEqualTo(302);
        String location = created.headers().firstValue("Location").orElseThrow();
        assertThat(location).matches(".*/actions/[0-9a-f-]{36}\\?created$");
        UUID id = UUID.fromString(location.replaceAll(".*/actions/([0-9a-f-]{36}).*", "$1"));

        String page = coordinator.get("/actions/" + id + "?created").body();
        assertThat(page)
                .contains("De actie is aangemaakt")
                .contains("Handmatig")
                .contains("Integere en veilige werkomgeving")
                .contains("01-06-2027")
                .doesNotContain(">manual<");
        Map<String, Object> row = TenantContext.callAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql("SELECT source_module, source_ref, theme_id, owner_id, priority, due_date, created_by "
                                + "FROM action_item WHERE id = ?")
                        .param(id)
                        .query()
                        .singleRow());
        assertThat(row.get("source_module")).isEqualTo("manual");
        assertThat(row.get("source_ref")).isNull();
        assertThat(row.get("theme_id")).isEqualTo(theme);
        assertThat(row.get("owner_id")).isEqualTo(owner);
        assertThat(row.get("priority")).isEqualTo("HIGH");
        assertThat(row.get("created_by")).isEqualTo(userId(Demo.VOORBEELDSTAD, "coordinator"));
        long audited = TenantContext.callAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql("SELECT count(*) FROM audit_event WHERE object_type = 'action' AND object_id = ? "
                                + "AND action = 'CREATE' AND purpose = 'added by hand'")
                        .param(id.toString())
                        .query(Long.class)
                        .single());
        assertThat(audited).isEqualTo(1);
        // the owner sees it among their own actions, with its theme
        assertThat(loginAs("medewerker").get("/actions/mine").body())
                .contains("Screening bij indiensttreding invoeren")
                .contains("Integere en veilige werkomgeving");
    }

    @Test
    void thePlanPageRefusesBadInputFieldByFieldAndSavesNothing() {
        WebClient coordinator = loginAs("coordinator");
        UUID kleindorpOwner = userId(Demo.KLEINDORP, "kd.medewerker");
        UUID kleindorpTheme = themeId(loginAs("kd.coordinator"), "Melden");
        coordinator.get("/actions");
        Map<String, String> form = new HashMap<>(Map.of(
                "title", " x ",
                "description", "Beschrijving die blijft staan",
                "themeId", kleindorpTheme.toString(),
                "ownerId", kleindorpOwner.toString(),
                "dueDate", "31-02-2027",
                "priority", "URGENT"));
        var refused = coordinator.postForm("/actions/new", form);
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body())
                .contains("id=\"error-summary\"")
                .contains("Titel: Vul een titel in van 2 tot 200 tekens.")
                .contains("id=\"themeId-error\"")
                .contains("Kies een thema uit de lijst.")
                .contains("Kies een eigenaar uit de lijst.")
                .contains("Vul een geldige datum in")
                .contains("Kies een prioriteit.")
                .contains("Beschrijving die blijft staan")
                .contains("<details class=\"new-action\" id=\"new\" open");

        coordinator.get("/actions");
        form.putAll(
                Map.of("title", "Met een onleesbaar\u0000teken", "themeId", "geen-id", "ownerId", "", "dueDate", ""));
        form.put("priority", "LOW");
        var unreadable = coordinator.postForm("/actions/new", form);
        assertThat(unreadable.body())
                .contains("een teken dat niet kan worden opgeslagen")
                .contains("Kies een thema uit de lijst.");
        assertThat(actionsTitled("Beschrijving die blijft staan")).isZero();
        assertThat(TenantContext.callAs(
                        Demo.VOORBEELDSTAD,
                        () -> jdbc.sql("SELECT count(*) FROM action_item WHERE description = ?")
                                .param("Beschrijving die blijft staan")
                                .query(Long.class)
                                .single()))
                .isZero();
    }

    @Test
    void onlyCoordinatorsAndSecretariesAddActionsByHand() {
        WebClient medewerker = loginAs("medewerker");
        medewerker.get("/actions/mine");
        assertThat(medewerker
                        .postForm("/actions/new", Map.of("title", "Mag niet"))
                        .statusCode())
                .isEqualTo(403);
        assertThat(medewerker
                        .sendJson("POST", "/api/v1/actions", "{\"title\":\"Mag niet\"}")
                        .statusCode())
                .isEqualTo(403);
        WebClient secretaris = loginAs("secretaris");
        secretaris.get("/actions");
        assertThat(secretaris
                        .postForm("/actions/new", Map.of("title", "Door de secretaris", "priority", "LOW"))
                        .statusCode())
                .isEqualTo(302);
        assertThat(actionsTitled("Mag niet")).isZero();
        assertThat(actionsTitled("Door de secretaris")).isEqualTo(1);
    }

    @Test
    void thePlanIsGroupedByThemeAndBySourceWithCounts() {
        WebClient coordinator = loginAs("coordinator");
        UUID theme = themeId(coordinator, "Schade verhalen");
        coordinator.get("/actions");
        coordinator.postForm("/actions/new", Map.of("title", "Schade op daders verhalen", "themeId", theme.toString()));
        coordinator.postForm("/actions/new", Map.of("title", "Zonder thema toegevoegd", "priority", "LOW"));

        String byTheme = coordinator.get("/actions?group=theme").body();
        assertThat(byTheme)
                .contains("<option value=\"theme\" selected=\"selected\">Op thema</option>")
                .containsPattern("<h2 id=\"group-\\d+\">Schade verhalen \\(\\d+ acties?\\)</h2>")
                .containsPattern("<h2 id=\"group-\\d+\">Zonder thema \\(\\d+ acties?\\)</h2>");
        assertThat(section(byTheme, "Schade verhalen")).contains("Schade op daders verhalen");
        assertThat(section(byTheme, "Zonder thema"))
                .contains("Zonder thema toegevoegd")
                .doesNotContain("Schade op daders verhalen");
        assertThat(byTheme.indexOf(">Schade verhalen (")).isLessThan(byTheme.indexOf(">Zonder thema ("));

        String bySource = coordinator.get("/actions?group=source&status=OPEN").body();
        assertThat(bySource).containsPattern("<h2 id=\"group-0\">Handmatig \\(\\d+ acties?\\)</h2>");
        assertThat(section(bySource, "Handmatig"))
                .contains("Schade op daders verhalen")
                .contains("Zonder thema toegevoegd");
        assertThat(bySource).contains("Antwoord in een scan (");

        String unknown = coordinator.get("/actions?group=iets").body();
        assertThat(unknown).doesNotContain("id=\"group-0\"").contains("Zonder thema toegevoegd");
    }

    /** The html of the group whose heading starts with {@code heading}, up to the next group. */
    private static String section(String page, String heading) {
        int start = page.indexOf(">" + heading + " (");
        assertThat(start).as("group " + heading).isPositive();
        int end = page.indexOf("<h2 id=\"group-", start);
        return page.substring(start, end < 0 ? page.length() : end);
    }

    @Test
    void theApiAddsAnActionByHandAndListsItWithItsTheme() {
        WebClient coordinator = loginAs("coordinator");
        UUID theme = themeId(coordinator, "Trainen");
        coordinator.get("/actions");
        HttpResponse<String> created = coordinator.sendJson(
                "POST",
                "/api/v1/actions",
                "{\"title\":\"Agressietraining voor de balie\",\"themeId\":\"" + theme
                        + "\",\"dueDate\":\"2027-03-01\"}");
        assertThat(created.statusCode()).isEqualTo(201);
        UUID id = UUID.fromString(json(created).get("id").asString());
        assertThat(created.headers().firstValue("Location").orElseThrow()).endsWith("/actions/" + id);

        JsonNode found = null;
        for (JsonNode n : json(coordinator.getJson("/api/v1/actions"))) {
            if (n.get("id").asString().equals(id.toString())) {
                found = n;
            }
        }
        assertThat(found).isNotNull();
        assertThat(found.get("sourceModule").asString()).isEqualTo("manual");
        assertThat(found.get("theme").asString()).isEqualTo("Trainen");
        assertThat(found.get("themeId").asString()).isEqualTo(theme.toString());
        assertThat(found.get("priority").asString()).isEqualTo("MEDIUM");
        assertThat(found.get("dueDate").asString()).isEqualTo("2027-03-01");

        JsonNode themes = json(coordinator.getJson("/api/v1/actions/themes"));
        assertThat(themes.size()).isGreaterThanOrEqualTo(13);
        assertThat(themes.get(0).get("name").asString()).isEqualTo("Bewustwording en organisatie");
        assertThat(themes.get(0).get("kind").asString()).isEqualTo("PILLAR");
        assertThat(json(loginAs("kd.coordinator").getJson("/api/v1/actions")).toString())
                .doesNotContain(id.toString());
    }

    @Test
    void theApiAnswersBadInputWithProblemDetailsAndSavesNothing() {
        WebClient coordinator = loginAs("coordinator");
        UUID kleindorpTheme = themeId(loginAs("kd.coordinator"), "Registreren");
        UUID kleindorpOwner = userId(Demo.KLEINDORP, "kd.medewerker");
        coordinator.get("/actions");

        HttpResponse<String> foreign = coordinator.sendJson(
                "POST",
                "/api/v1/actions",
                "{\"title\":\"Vreemde ids\",\"themeId\":\"" + kleindorpTheme + "\",\"ownerId\":\"" + kleindorpOwner
                        + "\",\"dueDate\":\"morgen\",\"priority\":\"SOON\"}");
        assertThat(foreign.statusCode()).isEqualTo(400);
        assertThat(foreign.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(json(foreign).get("errors").findValuesAsString("field"))
                .containsExactly("themeId", "ownerId", "dueDate", "priority");

        HttpResponse<String> unknown = coordinator.sendJson(
                "POST",
                "/api/v1/actions",
                "{\"title\":\"Onbekende ids\",\"themeId\":\"" + UUID.randomUUID() + "\",\"ownerId\":\""
                        + UUID.randomUUID() + "\"}");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(json(unknown).get("errors").findValuesAsString("field")).containsExactly("themeId", "ownerId");
        assertThat(json(unknown).get("errors").findValuesAsString("message"))
                .containsExactly("Kies een thema uit de lijst.", "Kies een eigenaar uit de lijst.");

        HttpResponse<String> empty = coordinator.sendJson("POST", "/api/v1/actions", "{}");
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(json(empty).get("errors").findValuesAsString("field")).containsExactly("title");

        HttpResponse<String> notAnId =
                coordinator.sendJson("POST", "/api/v1/actions", "{\"title\":\"Geen id\",\"themeId\":\"thema-1\"}");
        assertThat(json(notAnId).get("errors").findValuesAsString("field")).containsExactly("themeId");

        HttpResponse<String> nul =
                coordinator.sendJson("POST", "/api/v1/actions", "{\"title\":\"Met een NUL\\u0000-teken\"}");
        assertThat(nul.statusCode()).isEqualTo(400);
        assertThat(nul.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");

        assertThat(actionsTitled("Vreemde ids") + actionsTitled("Onbekende ids") + actionsTitled("Geen id"))
                .isZero();
        assertThat(TenantContext.callAs(
                        Demo.VOORBEELDSTAD,
                        () -> jdbc.sql("SELECT count(*) FROM action_item WHERE title LIKE 'Met een NUL%'")
                                .query(Long.class)
                                .single()))
                .isZero();
    }

    @Test
    void theOpenApiDocumentDescribesAddingActionsAndThemes() {
        String doc = anonymous().getJson("/v3/api-docs").body();
        assertThat(doc).contains("\"/actions/themes\"").contains("Voeg een actie met de hand toe");
    }

    @Test
    void theLocalDateOfTheFormIsReadAsTyped() {
        // ISO from a date picker, as the browser sends it
        WebClient coordinator = loginAs("coordinator");
        coordinator.get("/actions");
        coordinator.postForm(
                "/actions/new",
                Map.of("title", "Datum uit de datumkiezer", "dueDate", "2027-12-31", "priority", "LOW"));
        assertThat(TenantContext.callAs(
                        Demo.VOORBEELDSTAD,
                        () -> jdbc.sql("SELECT due_date FROM action_item WHERE title = 'Datum uit de datumkiezer'")
                                .query(LocalDate.class)
                                .single()))
                .isEqualTo(LocalDate.of(2027, 12, 31));
    }
}
