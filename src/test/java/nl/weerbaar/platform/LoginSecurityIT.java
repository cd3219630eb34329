package nl.weerbaar.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import nl.weerbaar.support.Demo;
import nl.weerbaar.support.IntegrationTest;
import nl.weerbaar.support.OtherAddress;
import nl.weerbaar.support.WebClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Local login: hashing, lockout, CSRF, headers, sessions in the database, API authentication. */
class LoginSecurityIT extends IntegrationTest {

    @Test
    void passwordsAreStoredWithArgon2() {
        String hash = TenantContext.callAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql("SELECT password_hash FROM app_user WHERE username = 'medewerker'")
                        .query(String.class)
                        .single());
        assertThat(hash).startsWith("{argon2}").doesNotContain(Demo.PASSWORD);
    }

    @Test
    void accountLocksAfterRepeatedFailuresEvenForTheRightPassword() {
        String user = createUser("lockout");
        WebClient client = anonymous();
        for (int i = 0; i < 5; i++) {
            assertThat(client.login(user, "wrong-password-" + i)
                            .headers()
                            .firstValue("Location")
                            .orElse(""))
                    .contains("/login?error");
        }
        HttpResponse<String> right = anonymous().login(user, Demo.PASSWORD);
        assertThat(right.headers().firstValue("Location").orElse("")).contains("/login?error");
        Long failures = TenantContext.callAs(
                Demo.KLEINDORP,
                () -> jdbc.sql(
                                "SELECT count(*) FROM audit_event WHERE actor_name = ? AND action = 'LOGIN' AND result = 'FAILURE'")
                        .param(user)
                        .query(Long.class)
                        .single());
        assertThat(failures).isGreaterThanOrEqualTo(6);
    }

    @Test
    void aSuccessfulLoginResetsTheFailureCount() {
        String user = createUser("reset");
        for (int i = 0; i < 4; i++) {
            anonymous().login(user, "wrong-password");
        }
        WebClient.loggedIn(baseUrl(), user, Demo.PASSWORD);
        for (int i = 0; i < 4; i++) {
            anonymous().login(user, "wrong-password");
        }
        WebClient.loggedIn(baseUrl(), user, Demo.PASSWORD);
    }

    @Test
    void loginWithoutCsrfTokenIsRefused() {
        WebClient client = anonymous();
        HttpResponse<String> response =
                client.postForm("/login", Map.of("username", "medewerker", "password", Demo.PASSWORD));
        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void pagesCarryAStrictContentSecurityPolicyAndSecureHeaders() {
        HttpResponse<String> login = anonymous().get("/login");
        assertThat(login.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("script-src 'self'")
                .doesNotContain("unsafe-inline")
                .contains("frame-ancestors 'none'");
        assertThat(login.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(login.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(login.body()).doesNotContain("<script>").doesNotContain("style=\"");
    }

    @Test
    void sessionsLiveInTheDatabaseWithThirtyMinutesIdleTime() {
        loginAs("jurist");
        Map<String, Object> row = jdbc.sql(
                        "SELECT max_inactive_interval FROM spring_session WHERE principal_name = 'jurist' LIMIT 1")
                .query()
                .singleRow();
        assertThat(row.get("max_inactive_interval")).isEqualTo(1800);
    }

    @Test
    void apiRefusesAnonymousCallersWithProblemDetails() {
        HttpResponse<String> response = anonymous().getJson("/api/v1/me");
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(response.body()).contains("\"status\":401");
    }

    @Test
    void apiAcceptsTheSessionButNotHttpBasic() {
        HttpResponse<String> viaBasic = basic("/api/v1/me", "secretaris", Demo.PASSWORD);
        assertThat(viaBasic.statusCode()).isEqualTo(401);
        assertThat(viaBasic.body()).doesNotContain("secretaris");
        HttpResponse<String> viaSession = loginAs("secretaris").getJson("/api/v1/me");
        assertThat(viaSession.statusCode()).isEqualTo(200);
        assertThat(viaSession.body())
                .contains("\"username\":\"secretaris\"")
                .contains("SECRETARY")
                .contains("Gemeente Voorbeeldstad")
                .doesNotContain("password");
        assertThat(loginAs("kd.medewerker").getJson("/api/v1/me").body()).contains("Gemeente Kleindorp");
    }

    @Test
    void onlyTheLoginWithItsLockOutChecksPasswords(@Autowired ApplicationContext context) {
        assertThat(context.getBeansOfType(UserDetailsService.class))
                .as("a UserDetailsService bean would get a second password check without the lock-out")
                .isEmpty();
        assertThat(context.getBeansOfType(AuthenticationProvider.class)).hasSize(1);
    }

    @Test
    void fortyWrongPasswordsOverBasicAreRefusedWithoutGuessingOrLockingTheAccount() {
        String user = createUser("basic");
        for (int i = 0; i < 40; i++) {
            assertThat(basic("/api/v1/me", user, "wrong-password-" + i).statusCode())
                    .isEqualTo(401);
        }
        assertThat(basic("/api/v1/me", user, Demo.PASSWORD).statusCode())
                .as("not even the right password opens the API over Basic")
                .isEqualTo(401);
        Map<String, Object> account = TenantContext.callAs(
                Demo.KLEINDORP,
                () -> jdbc.sql("SELECT failed_logins, locked_until FROM app_user WHERE username = ?")
                        .param(user)
                        .query()
                        .singleRow());
        assertThat(account.get("failed_logins")).as("no password was checked").isEqualTo(0);
        assertThat(account.get("locked_until")).isNull();
        WebClient.loggedIn(baseUrl(), user, Demo.PASSWORD);
    }

    @Test
    void sprayingOnePasswordOverBasicFindsNoAccount() {
        List<String> names = new ArrayList<>(List.of("medewerker", "coordinator", "beheerder", "kd.beheerder"));
        for (int i = names.size(); i < 60; i++) {
            names.add("gebruiker" + i);
        }
        for (String name : names) {
            assertThat(basic("/api/v1/me", name, Demo.PASSWORD).statusCode())
                    .as(name)
                    .isEqualTo(401);
        }
    }

    @Test
    void anAttackerElsewhereCannotLockTheOwnerOut() throws Exception {
        String user = createUser("owner");
        WebClient.loggedIn(baseUrl(), user, Demo.PASSWORD);
        OtherAddress attacker = new OtherAddress(port, "127.0.0.7");
        for (int i = 0; i < 8; i++) {
            assertThat(attacker.login(user, "wrong-password-" + i)).contains("/login?error");
        }
        assertThat(attacker.login(user, Demo.PASSWORD))
                .as("the account is locked for the attacker's address, even with the right password")
                .contains("/login?error");
        assertThat(TenantContext.callAs(
                        Demo.KLEINDORP,
                        () -> jdbc.sql("SELECT locked_until IS NOT NULL FROM app_user WHERE username = ?")
                                .param(user)
                                .query(Boolean.class)
                                .single()))
                .isTrue();
        WebClient owner = WebClient.loggedIn(baseUrl(), user, Demo.PASSWORD);
        assertThat(owner.getJson("/api/v1/me").body()).contains(user);
        assertThat(new OtherAddress(port, "127.0.0.8").login(user, Demo.PASSWORD))
                .as("an address the account never logged in from stays locked out")
                .contains("/login?error");
    }

    private HttpResponse<String> basic(String path, String user, String password) {
        String credentials = Base64.getEncoder().encodeToString((user + ":" + password).getBytes());
        return anonymous()
                .send(HttpRequest.newBuilder(anonymous().uri(path))
                        .header("Authorization", "Basic " + credentials)
                        .header("Accept", "application/json")
                        .GET()
                        .build());
    }

    @Test
    void operatorAddsAMunicipalityWhoseAdministratorCanLogIn() {
        WebClient operator = loginAs("platformbeheerder");
        operator.get("/platform");
        HttpResponse<String> invalid = operator.postForm(
                "/platform/municipalities",
                Map.of(
                        "name",
                        "",
                        "slug",
                        "Fout!",
                        "caseCode",
                        "v1",
                        "adminUsername",
                        "x",
                        "adminName",
                        "",
                        "adminEmail",
                        "geen-mail",
                        "adminPassword",
                        "kort"));
        assertThat(invalid.statusCode()).isEqualTo(200);
        assertThat(invalid.body())
                .contains("Gebruik 2 tot 40 kleine letters")
                .contains("Gebruik 2 tot 5 hoofdletters.")
                .contains("Vul dit veld in.")
                .contains("12 tot 128 tekens")
                .contains("aria-invalid=\"true\"");
        assertThat(jdbc.sql("SELECT count(*) FROM municipality WHERE name = ''")
                        .query(Long.class)
                        .single())
                .isZero();

        HttpResponse<String> ok = operator.postForm(
                "/platform/municipalities",
                Map.of(
                        "name",
                        "Gemeente Zuiderdijk <script>",
                        "slug",
                        "zuiderdijk",
                        "caseCode",
                        "zdk",
                        "adminUsername",
                        "zd.beheerder",
                        "adminName",
                        "Zoë Beheer",
                        "adminEmail",
                        "",
                        "adminPassword",
                        "lange zin als wachtwoord"));
        assertThat(ok.statusCode()).isEqualTo(302);
        assertThat(operator.get("/platform").body()).contains("Gemeente Zuiderdijk &lt;script&gt;");
        assertThat(jdbc.sql("SELECT case_code FROM municipality WHERE slug = 'zuiderdijk'")
                        .query(String.class)
                        .single())
                .isEqualTo("ZDK");
        WebClient admin = WebClient.loggedIn(baseUrl(), "zd.beheerder", "lange zin als wachtwoord");
        assertThat(admin.getJson("/api/v1/me").body()).contains("ADMIN");

        HttpResponse<String> duplicate = operator.postForm(
                "/platform/municipalities",
                Map.of(
                        "name",
                        "Nog een",
                        "slug",
                        "zuiderdijk",
                        "caseCode",
                        "ZDK",
                        "adminUsername",
                        "zd.beheerder",
                        "adminName",
                        "X",
                        "adminEmail",
                        "",
                        "adminPassword",
                        "lange zin als wachtwoord"));
        assertThat(duplicate.body())
                .contains("Deze code is al in gebruik.")
                .contains("Deze zaakcode is al in gebruik.")
                .contains("Deze gebruikersnaam is al in gebruik.");

        HttpResponse<String> common = operator.postForm(
                "/platform/municipalities",
                Map.of(
                        "name",
                        "Gemeente Oost",
                        "slug",
                        "oost",
                        "caseCode",
                        "OST",
                        "adminUsername",
                        "oost.beheerder",
                        "adminName",
                        "X",
                        "adminEmail",
                        "",
                        "adminPassword",
                        "wachtwoord123!"));
        assertThat(common.statusCode()).isEqualTo(200);
        assertThat(jdbc.sql("SELECT count(*) FROM municipality WHERE slug = 'oost'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void operatorSeesNoMunicipalityData() {
        WebClient operator = loginAs("platformbeheerder");
        assertThat(operator.get("/audit").statusCode()).isEqualTo(403);
        assertThat(operator.get("/admin").statusCode()).isEqualTo(403);
        assertThat(operator.getJson("/api/v1/me").body()).contains("\"municipality\":null");
        assertThat(loginAs("coordinator").get("/platform").statusCode()).isEqualTo(403);
    }

    /** Creates an employee in Kleindorp with the demo password and a unique name starting with {@code prefix}. */
    private String createUser(String prefix) {
        String username = prefix + "." + java.util.UUID.randomUUID().toString().substring(0, 8);
        String hash = TenantContext.callAs(
                Demo.KLEINDORP,
                () -> jdbc.sql("SELECT password_hash FROM app_user WHERE username = 'kd.medewerker'")
                        .query(String.class)
                        .single());
        TenantContext.runAs(Demo.KLEINDORP, () -> {
            java.util.UUID id = java.util.UUID.randomUUID();
            jdbc.sql(
                            "INSERT INTO app_user (id, tenant_id, username, display_name, password_hash) VALUES (?, ?, ?, ?, ?)")
                    .params(id, Demo.KLEINDORP, username, username, hash)
                    .update();
            jdbc.sql("INSERT INTO user_role (user_id, tenant_id, role) VALUES (?, ?, 'EMPLOYEE')")
                    .params(id, Demo.KLEINDORP)
                    .update();
        });
        return username;
    }
}
