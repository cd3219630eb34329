package nl.weerbaar.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.weerbaar.platform.TenantContext;
import nl.weerbaar.support.Demo;
import nl.weerbaar.support.IntegrationTest;
import nl.weerbaar.support.TestDatabase;
import nl.weerbaar.support.WebClient;
import org.junit.jupiter.api.Test;

/**
 * API keys: made on the page and shown once, reporting with {@code Authorization: Bearer} without session or
 * CSRF, limited to their scope, refused at once when revoked, expired or of a user who may not log in, and kept
 * within the user's own keys and municipality.
 */
class ApiKeysIT extends IntegrationTest {

    static final Pattern KEY = Pattern.compile("id=\"issued-key\"[^>]*value=\"(wbk_[A-Za-z0-9_-]{43})\"");
    static final String REPORT = """
      {"kinds": ["VERBAL_AGGRESSION"], "locationType": "COUNTER", "description": "Klant schold via de app"}""";

    record Made(String secret, HttpResponse<String> page) {}

    Made make(WebClient browser, String name, String scope) {
        browser.get("/account/api-keys");
        HttpResponse<String> page =
                browser.postForm("/account/api-keys", Map.of("name", name, "scope", scope, "days", "30"));
        assertThat(page.statusCode()).isEqualTo(200);
        Matcher m = KEY.matcher(page.body());
        assertThat(m.find()).as("the new key is on the answer page").isTrue();
        return new Made(m.group(1), page);
    }

    HttpResponse<String> send(WebClient client, String method, String path, String secret, String json) {
        HttpRequest.Builder b = HttpRequest.newBuilder(client.uri(path))
                .header("Accept", "application/json")
                .header("Accept-Language", "nl")
                .header("Authorization", "Bearer " + secret)
                .header("Idempotency-Key", "key-" + UUID.randomUUID());
        b = json == null
                ? b.GET()
                : b.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(json));
        return anonymous().send(b.build());
    }

    @Test
    void aKeyMadeOnThePageReportsWithoutSessionOrCsrfAndIsShownOnlyOnce() {
        WebClient browser = loginAs("medewerker");
        Made made = make(browser, "Meldknop intranet", "REPORT");
        assertThat(made.page().headers().firstValue("Cache-Control"))
                .hasValueSatisfying(v -> assertThat(v).contains("no-store"));

        HttpResponse<String> report = send(browser, "POST", "/api/v1/reports", made.secret(), REPORT);
        assertThat(report.statusCode()).isEqualTo(201);
        assertThat(report.headers().allValues("Set-Cookie"))
                .as("no session for a key")
                .isEmpty();
        String id = report.body().replaceAll(".*\"id\"\\s*:\\s*\"([^\"]+)\".*", "$1");
        String by = TenantContext.callAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql(
                                "SELECT u.username FROM incident i JOIN app_user u ON u.id = i.registered_by WHERE i.id = ?::uuid")
                        .param(id)
                        .query(String.class)
                        .single());
        assertThat(by).isEqualTo("medewerker");

        HttpResponse<String> list = browser.get("/account/api-keys");
        assertThat(list.body())
                .contains("Meldknop intranet")
                .contains("…" + made.secret().substring(made.secret().length() - 6))
                .doesNotContain(made.secret());
        String stored = TenantContext.callAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql("SELECT t::text FROM api_token t WHERE token_hash = sha256(convert_to(?, 'UTF8'))")
                        .param(made.secret())
                        .query(String.class)
                        .single());
        assertThat(stored)
                .as("only the key's SHA-256 and its hint are stored")
                .doesNotContain(made.secret())
                .contains(made.secret().substring(made.secret().length() - 6));
        long audited = TenantContext.callAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql(
                                "SELECT count(*) FROM audit_event WHERE object_type = 'api-token' AND action = 'CREATE' AND actor_name = 'medewerker'")
                        .query(Long.class)
                        .single());
        assertThat(audited).isPositive();
    }

    @Test
    void aReportOnlyKeyReachesNothingElseAndAnApiKeyActsWithTheUsersRoles() {
        WebClient browser = loginAs("medewerker");
        String reportOnly = make(browser, "Alleen melden", "REPORT").secret();
        String api = make(browser, "Hele API", "API").secret();

        HttpResponse<String> me = send(browser, "GET", "/api/v1/me", reportOnly, null);
        assertThat(me.statusCode()).isEqualTo(401);
        assertThat(me.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(send(browser, "GET", "/api/v1/me", api, null).body()).contains("medewerker");
        assertThat(send(browser, "GET", "/api/v1/audit-events", api, null).statusCode())
                .as("an employee's key")
                .isEqualTo(403);
        assertThat(send(browser, "GET", "/incidents/mine", api, null).statusCode())
                .as("pages take no key")
                .isIn(302, 401);
    }

    @Test
    void aRevokedUnknownOrExpiredKeyIsRefused() throws Exception {
        WebClient browser = loginAs("medewerker");
        String secret = make(browser, "Telefoon", "REPORT").secret();
        assertThat(send(browser, "POST", "/api/v1/reports", secret, REPORT).statusCode())
                .isEqualTo(201);
        UUID id = TenantContext.callAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql(
                                "SELECT id FROM api_token WHERE name = 'Telefoon' AND revoked_at IS NULL ORDER BY created_at DESC LIMIT 1")
                        .query(UUID.class)
                        .single());

        WebClient other = loginAs("vergunningverlener");
        other.get("/account/api-keys");
        assertThat(other.postForm("/account/api-keys/" + id + "/revoke", Map.of())
                        .statusCode())
                .as("someone else's key")
                .isEqualTo(404);
        WebClient otherMunicipality = loginAs("kd.medewerker");
        otherMunicipality.get("/account/api-keys");
        assertThat(otherMunicipality
                        .postForm("/account/api-keys/" + id + "/revoke", Map.of())
                        .statusCode())
                .isEqualTo(404);
        assertThat(send(browser, "POST", "/api/v1/reports", secret, REPORT).statusCode())
                .isEqualTo(201);

        browser.get("/account/api-keys");
        HttpResponse<String> revoked = browser.postForm("/account/api-keys/" + id + "/revoke", Map.of());
        assertThat(revoked.statusCode()).isEqualTo(302);
        assertThat(browser.get("/account/api-keys").body()).contains("De sleutel is ingetrokken");
        assertThat(send(browser, "POST", "/api/v1/reports", secret, REPORT).statusCode())
                .as("at once")
                .isEqualTo(401);

        assertThat(send(browser, "POST", "/api/v1/reports", "wbk_" + "A".repeat(43), REPORT)
                        .statusCode())
                .isEqualTo(401);
        assertThat(send(browser, "POST", "/api/v1/reports", "<script>", REPORT).body())
                .doesNotContain("<script>");

        String expiring = make(browser, "Verloopt", "REPORT").secret();
        try (Connection owner = TestDatabase.ownerConnection();
                PreparedStatement st = owner.prepareStatement(
                        "UPDATE api_token SET created_at = now() - interval '2 days', expires_at = now() - interval '1 day' WHERE token_hash = sha256(?::bytea)")) {
            st.setString(1, expiring);
            assertThat(st.executeUpdate()).isEqualTo(1);
        }
        assertThat(send(browser, "POST", "/api/v1/reports", expiring, REPORT).statusCode())
                .isEqualTo(401);
        assertThat(browser.get("/account/api-keys").body()).contains("Verlopen");
    }

    @Test
    void aKeyOfAUserWhoMayNotLogInIsRefused() throws Exception {
        UUID user = UUID.randomUUID();
        try (Connection owner = TestDatabase.ownerConnection()) {
            try (PreparedStatement st = owner.prepareStatement("""
          INSERT INTO app_user (id, tenant_id, username, display_name, password_hash, department_id)
          SELECT ?, tenant_id, ?, 'Tijdelijke Medewerker', password_hash, department_id FROM app_user WHERE username = 'medewerker'""")) {
                st.setObject(1, user);
                st.setString(2, "tijdelijk." + user.toString().substring(0, 8));
                st.executeUpdate();
            }
            try (PreparedStatement st = owner.prepareStatement(
                    "INSERT INTO user_role (user_id, tenant_id, role) SELECT id, tenant_id, 'EMPLOYEE' FROM app_user WHERE id = ?")) {
                st.setObject(1, user);
                st.executeUpdate();
            }
        }
        WebClient browser =
                WebClient.loggedIn(baseUrl(), "tijdelijk." + user.toString().substring(0, 8), Demo.PASSWORD);
        String secret = make(browser, "Vertrekt", "REPORT").secret();
        try (Connection owner = TestDatabase.ownerConnection();
                PreparedStatement st = owner.prepareStatement("UPDATE app_user SET enabled = false WHERE id = ?")) {
            st.setObject(1, user);
            st.executeUpdate();
        }
        assertThat(send(browser, "POST", "/api/v1/reports", secret, REPORT).statusCode())
                .isEqualTo(401);
    }

    /**
     * A report posted with the session cookie of {@code browser}, without CSRF token, with {@code authorization}, under
     * the idempotency key {@code key}.
     */
    HttpResponse<String> postWithSessionCookie(WebClient browser, String authorization, String key) {
        HttpRequest.Builder b = HttpRequest.newBuilder(browser.uri("/api/v1/reports"))
                .header("Accept", "application/json")
                .header("Content-Type", "application/json")
                .header("Cookie", browser.cookieHeader())
                .header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(REPORT));
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return anonymous().send(b.build());
    }

    long reportsWith(String key) {
        return TenantContext.callAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql("SELECT count(*) FROM incident WHERE idempotency_key = ?")
                        .param(key)
                        .query(Long.class)
                        .single());
    }

    @Test
    void anAuthorizationHeaderThatIsNoValidKeyDoesNotSkipTheCsrfCheck() {
        WebClient browser = WebClient.forApi(baseUrl(), "medewerker", Demo.PASSWORD);
        String basic =
                "Basic " + java.util.Base64.getEncoder().encodeToString(("medewerker:" + Demo.PASSWORD).getBytes());
        for (String header : new String[] {"Junk x", basic, "Bearer"}) {
            String key = "csrf-" + UUID.randomUUID();
            HttpResponse<String> forged = postWithSessionCookie(browser, header, key);
            assertThat(forged.statusCode()).as(header).isIn(401, 403);
            assertThat(reportsWith(key)).as(header).isZero();
        }
        String key = "csrf-" + UUID.randomUUID();
        assertThat(postWithSessionCookie(browser, "Junk x", key).statusCode()).isEqualTo(403);
        assertThat(postWithSessionCookie(browser, null, key).statusCode()).isEqualTo(403);
        assertThat(reportsWith(key)).isZero();
    }

    @Test
    void aValidKeyNeedsNoCsrfTokenAlsoNextToASessionCookie() {
        WebClient browser = WebClient.forApi(baseUrl(), "medewerker", Demo.PASSWORD);
        String secret = make(browser, "Naast de sessie", "REPORT").secret();
        String key = "csrf-" + UUID.randomUUID();
        assertThat(postWithSessionCookie(browser, "Bearer " + secret, key).statusCode())
                .isEqualTo(201);
        assertThat(reportsWith(key)).isOne();
    }

    @Test
    void badInputOnTheFormIsExplainedPerFieldAndMakesNoKey() {
        WebClient browser = loginAs("secretaris");
        browser.get("/account/api-keys");
        HttpResponse<String> empty =
                browser.postForm("/account/api-keys", Map.of("name", " ", "scope", "ALL", "days", "0"));
        assertThat(empty.statusCode()).isEqualTo(200);
        assertThat(empty.body())
                .contains("Geef de sleutel een naam.")
                .contains("Kies wat de sleutel mag.")
                .contains("Vul een aantal dagen in van 1 tot 365.")
                .doesNotContain("issued-key");
        HttpResponse<String> tooLong = browser.postForm(
                "/account/api-keys",
                Map.of("name", "<script>alert(1)</script>" + "x".repeat(80), "scope", "REPORT", "days", "366"));
        assertThat(tooLong.body())
                .contains("hoogstens 80 tekens")
                .contains("Vul een aantal dagen in van 1 tot 365.")
                .doesNotContain("<script>alert(1)</script>")
                .contains("&lt;script&gt;");
        HttpResponse<String> english = browser.get("/account/api-keys?lang=en");
        browser.get("/account/api-keys?lang=nl"); // the choice is kept on the account, for the mails of other tests
        assertThat(english.body()).contains("Your keys");
        long keys = TenantContext.callAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql(
                                "SELECT count(*) FROM api_token t JOIN app_user u ON u.id = t.user_id WHERE u.username = 'secretaris'")
                        .query(Long.class)
                        .single());
        assertThat(keys).isZero();
    }
}
