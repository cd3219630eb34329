package nl.weerbaar.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.weerbaar.support.Demo;
import nl.weerbaar.support.IntegrationTest;
import nl.weerbaar.support.WebClient;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.Test;

/** OIDC login against a real OIDC provider: claims choose the municipality and the roles. */
class OidcLoginIT extends IntegrationTest {

    @Test
    void firstLoginCreatesTheUserInTheClaimedMunicipalityWithTheClaimedRoles() {
        Map<String, Object> claims =
                new HashMap<>(claims("kleindorp", List.of("coordinator", "EMPLOYEE", "unrelated-app-role")));
        claims.put("name", "Olga Oidc");
        claims.put("preferred_username", "olga");
        claims.put("email", "olga@kleindorp.demo");
        WebClient browser = oidcLogin("oidc-olga", claims);

        HttpResponse<String> home = browser.get("/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("Welkom, Olga Oidc").contains("Gemeente Kleindorp");
        List<String> roles = TenantContext.callAs(
                Demo.KLEINDORP, () -> jdbc.sql("""
        SELECT r.role FROM user_role r JOIN app_user u ON u.id = r.user_id
         WHERE u.oidc_subject = 'oidc-olga' ORDER BY r.role""").query(String.class).list());
        assertThat(roles).containsExactly("COORDINATOR", "EMPLOYEE");
        assertThat(browser.get("/audit").statusCode()).isEqualTo(200);
    }

    @Test
    void rolesFollowTheIdentityProviderOnEveryLogin() {
        oidcLogin("oidc-rita", Map.of("municipality", "kleindorp", "roles", List.of("COORDINATOR"), "name", "Rita"));
        WebClient again = oidcLogin(
                "oidc-rita", Map.of("municipality", "kleindorp", "roles", List.of("EMPLOYEE"), "name", "Rita"));
        assertThat(again.get("/audit").statusCode()).isEqualTo(403);
    }

    @Test
    void anExistingAccountWithTheSameUsernameIsLinkedNotDuplicated() {
        java.util.UUID before = TenantContext.callAs(
                Demo.KLEINDORP,
                () -> jdbc.sql("SELECT id FROM app_user WHERE username = 'kd.medewerker'")
                        .query(java.util.UUID.class)
                        .single());
        WebClient browser = oidcLogin(
                "oidc-kees",
                Map.of(
                        "municipality",
                        "kleindorp",
                        "roles",
                        List.of("EMPLOYEE"),
                        "preferred_username",
                        "kd.medewerker",
                        "name",
                        "Kees Kleindorp"));
        assertThat(browser.getJson("/api/v1/me").body())
                .contains(before.toString())
                .contains("\"username\":\"kd.medewerker\"");
        assertThat(TenantContext.callAs(
                        Demo.KLEINDORP,
                        () -> jdbc.sql("SELECT count(*) FROM app_user WHERE oidc_subject = 'oidc-kees'")
                                .query(Long.class)
                                .single()))
                .isEqualTo(1);
    }

    @Test
    void unknownMunicipalityOrNoRoleIsRefused() {
        WebClient unknown = new WebClient(baseUrl());
        assertThat(follow(unknown, "oidc-x", Map.of("municipality", "atlantis", "roles", List.of("EMPLOYEE"))))
                .contains("/login?error");
        WebClient operator = new WebClient(baseUrl());
        assertThat(follow(operator, "oidc-y", Map.of("municipality", "kleindorp", "roles", List.of("OPERATOR"))))
                .contains("/login?error");
        assertThat(operator.get("/").statusCode()).isEqualTo(302);
    }

    @Test
    void aConfidantRoleClaimedByTheIdentityProviderWaitsForApprovalAndIsRequestedOnce() {
        Map<String, Object> claims = Map.of(
                "municipality",
                "voorbeeldstad",
                "roles",
                List.of("EMPLOYEE", "CONFIDANT"),
                "name",
                "Otto Oidc",
                "preferred_username",
                "otto");
        assertThat(oidcLogin("oidc-otto", claims).getJson("/api/v1/me").body())
                .contains("EMPLOYEE")
                .doesNotContain("CONFIDANT");
        assertThat(oidcLogin("oidc-otto", claims).getJson("/api/v1/me").body()).doesNotContain("CONFIDANT");
        java.util.UUID otto = TenantContext.callAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql("SELECT id FROM app_user WHERE oidc_subject = 'oidc-otto'")
                        .query(java.util.UUID.class)
                        .single());
        List<java.util.UUID> requests = TenantContext.callAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql("SELECT id FROM approval_request WHERE subject_id = ? AND kind = 'user-confidant-role'")
                        .param(otto)
                        .query(java.util.UUID.class)
                        .list());
        assertThat(requests).as("one request for two logins").hasSize(1);

        WebClient secretary = WebClient.loggedIn(baseUrl(), "secretaris", Demo.PASSWORD);
        secretary.get("/approvals/" + requests.get(0));
        assertThat(secretary
                        .postForm("/approvals/" + requests.get(0) + "/approve", Map.of())
                        .statusCode())
                .isEqualTo(302);
        assertThat(oidcLogin("oidc-otto", claims).getJson("/api/v1/me").body()).contains("CONFIDANT");
        assertThat(oidcLogin("oidc-otto", claims).getJson("/api/v1/me").body())
                .as("kept while the claim names it")
                .contains("CONFIDANT");
    }

    private WebClient oidcLogin(String subject, Map<String, Object> claims) {
        WebClient browser = new WebClient(baseUrl());
        assertThat(follow(browser, subject, claims)).endsWith("/");
        return browser;
    }

    /** Walks the authorization-code flow and returns where the application finally sends the browser. */
    private String follow(WebClient browser, String subject, Map<String, Object> claims) {
        OIDC.enqueueCallback(
                new DefaultOAuth2TokenCallback("weerbaar", subject, "JWT", List.of("weerbaar-test"), claims, 3600));
        String location = "/oauth2/authorization/oidc";
        for (int hop = 0; hop < 6; hop++) {
            HttpResponse<String> r = browser.get(location);
            if (r.statusCode() != 302) {
                return location;
            }
            String next = r.headers().firstValue("Location").orElseThrow();
            if (next.endsWith("/") || next.contains("/login?error")) {
                return next;
            }
            location = next;
        }
        throw new AssertionError("OIDC flow did not end");
    }
}
