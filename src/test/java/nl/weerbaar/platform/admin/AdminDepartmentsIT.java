package nl.weerbaar.platform.admin;

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

/** Departments through the API and the pages: CRUD, validation in Dutch and English, isolation, roles, audit. */
class AdminDepartmentsIT extends IntegrationTest {

    private Api admin() {
        return Api.as(baseUrl(), "beheerder");
    }

    @Test
    void createReadUpdateDeleteThroughTheApiIsAudited() {
        HttpResponse<String> created =
                admin().post("/api/v1/admin/departments", "{\"code\":\"T-CRUD\",\"name\":\"Testafdeling CRUD\"}");
        assertThat(created.statusCode()).isEqualTo(201);
        String location = created.headers().firstValue("Location").orElseThrow();
        UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));

        assertThat(admin().get("/api/v1/admin/departments/" + id).body()).contains("Testafdeling CRUD");
        assertThat(admin().get("/api/v1/admin/departments").body()).contains("T-CRUD");
        HttpResponse<String> updated = admin().put(
                        "/api/v1/admin/departments/" + id, "{\"code\":\"T-CRUD\",\"name\":\"Testafdeling hernoemd\"}");
        assertThat(updated.statusCode()).isEqualTo(200);
        assertThat(updated.body()).contains("Testafdeling hernoemd");
        assertThat(admin().delete("/api/v1/admin/departments/" + id).statusCode())
                .isEqualTo(204);
        assertThat(admin().get("/api/v1/admin/departments/" + id).statusCode()).isEqualTo(404);

        List<String> actions = TenantContext.callAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql(
                                "SELECT action FROM audit_event WHERE object_type = 'department' AND object_id = ? ORDER BY id")
                        .param(id.toString())
                        .query(String.class)
                        .list());
        assertThat(actions).containsExactly("CREATE", "UPDATE", "DELETE");
        String actor = TenantContext.callAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql("SELECT DISTINCT actor_name FROM audit_event WHERE object_id = ?")
                        .param(id.toString())
                        .query(String.class)
                        .single());
        assertThat(actor).isEqualTo("beheerder");
    }

    @Test
    void invalidInputGivesProblemDetailsPerFieldInDutchAndEnglish() {
        String body = "{\"code\":\"\",\"name\":\"x\"}";
        HttpResponse<String> nl = admin().post("/api/v1/admin/departments", body);
        assertThat(nl.statusCode()).isEqualTo(400);
        assertThat(nl.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(nl.body())
                .contains(
                        "\"field\":\"code\"",
                        "Vul een code in.",
                        "\"field\":\"name\"",
                        "De naam moet 2 tot 120 tekens lang zijn.",
                        "De invoer is niet geldig");

        HttpResponse<String> en = admin().english().post("/api/v1/admin/departments", body);
        assertThat(en.statusCode()).isEqualTo(400);
        assertThat(en.body()).contains("Enter a code.", "The name must be 2 to 120 characters long.");

        HttpResponse<String> duplicate =
                admin().post("/api/v1/admin/departments", "{\"code\":\"bz\",\"name\":\"Burgerzaken\"}");
        assertThat(duplicate.statusCode()).isEqualTo(400);
        assertThat(duplicate.body())
                .contains("Er is al een afdeling met deze code.", "Er is al een afdeling met deze naam.");
    }

    @Test
    void aDepartmentWithUsersIsNotDeleted() {
        UUID burgerzaken = departmentId(Demo.VOORBEELDSTAD, "BZ");
        HttpResponse<String> refused = admin().delete("/api/v1/admin/departments/" + burgerzaken);
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("er zitten nog", "gebruiker(s) in");
        assertThat(admin().get("/api/v1/admin/departments/" + burgerzaken).statusCode())
                .isEqualTo(200);

        WebClient web = loginAs("beheerder");
        web.get("/admin/departments/" + burgerzaken);
        HttpResponse<String> post = web.postForm("/admin/departments/" + burgerzaken + "/delete", Map.of());
        assertThat(post.statusCode()).isEqualTo(302);
        assertThat(web.get(post.headers().firstValue("Location").orElseThrow()).body())
                .contains("kan niet weg");
    }

    @Test
    void anotherMunicipalitysDepartmentsAreNotFound() {
        UUID kleindorp = departmentId(Demo.KLEINDORP, "PUB");
        assertThat(admin().get("/api/v1/admin/departments/" + kleindorp).statusCode())
                .isEqualTo(404);
        assertThat(admin().put("/api/v1/admin/departments/" + kleindorp, "{\"code\":\"PUB\",\"name\":\"Overgenomen\"}")
                        .statusCode())
                .isEqualTo(404);
        assertThat(admin().delete("/api/v1/admin/departments/" + kleindorp).statusCode())
                .isEqualTo(404);
        assertThat(admin().get("/api/v1/admin/departments").body()).doesNotContain("Publiekszaken");
        WebClient web = loginAs("beheerder");
        assertThat(web.get("/admin/departments/" + kleindorp).statusCode()).isEqualTo(404);
        web.get("/admin/departments");
        assertThat(web.postForm("/admin/departments/" + kleindorp + "/delete", Map.of())
                        .statusCode())
                .isEqualTo(404);
        assertThat(TenantContext.callAs(
                        Demo.KLEINDORP,
                        () -> jdbc.sql("SELECT name FROM department WHERE id = ?")
                                .param(kleindorp)
                                .query(String.class)
                                .single()))
                .isEqualTo("Publiekszaken");
    }

    @Test
    void onlyAdministratorsGetIn() {
        for (String user : List.of("coordinator", "medewerker", "secretaris", "platformbeheerder")) {
            assertThat(Api.as(baseUrl(), user).get("/api/v1/admin/departments").statusCode())
                    .as(user)
                    .isEqualTo(403);
            assertThat(Api.as(baseUrl(), user).post("/api/v1/admin/users", "{}").statusCode())
                    .as(user)
                    .isEqualTo(403);
            WebClient web = loginAs(user);
            for (String page : List.of(
                    "/admin",
                    "/admin/departments",
                    "/admin/users",
                    "/admin/positions",
                    "/admin/import",
                    "/admin/settings")) {
                assertThat(web.get(page).statusCode()).as(user + " " + page).isEqualTo(403);
            }
        }
        assertThat(anonymous().getJson("/api/v1/admin/departments").statusCode())
                .isEqualTo(401);
    }

    @Test
    void theFormShowsErrorsPerFieldAndNamesAsText() {
        WebClient web = loginAs("beheerder");
        web.get("/admin/departments/new");
        HttpResponse<String> invalid = web.postForm("/admin/departments", Map.of("code", "", "name", ""));
        assertThat(invalid.statusCode()).isEqualTo(200);
        assertThat(invalid.body())
                .contains(
                        "Controleer uw invoer",
                        "Vul een code in.",
                        "Vul een naam in.",
                        "aria-invalid=\"true\"",
                        "aria-describedby=\"code-hint code-error\"");

        HttpResponse<String> saved =
                web.postForm("/admin/departments", Map.of("code", "XSS", "name", "<script>alert(1)</script>"));
        assertThat(saved.statusCode()).isEqualTo(302);
        String list = web.get("/admin/departments").body();
        assertThat(list).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert(1)");
    }

    @Test
    void theAdministrationApiIsInTheOpenApiDocument() {
        String doc = anonymous().getJson("/v3/api-docs").body();
        assertThat(doc)
                .contains(
                        "\"/admin/departments/{id}\"",
                        "\"/admin/departments\"",
                        "\"/admin/users/{id}\"",
                        "Beheer: afdelingen",
                        "Beheer: gebruikers");
    }

    private UUID departmentId(UUID tenant, String code) {
        return TenantContext.callAs(
                tenant,
                () -> jdbc.sql("SELECT id FROM department WHERE code = ?")
                        .param(code)
                        .query(UUID.class)
                        .single());
    }
}
