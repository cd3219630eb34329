package nl.weerbaar.platform.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import nl.weerbaar.platform.TenantContext;
import nl.weerbaar.support.Demo;
import nl.weerbaar.support.IntegrationTest;
import nl.weerbaar.support.WebClient;
import org.junit.jupiter.api.Test;

/** The municipality's theme and settings, and every user's own password page. */
class AdminSettingsIT extends IntegrationTest {

    @org.springframework.beans.factory.annotation.Autowired
    nl.weerbaar.platform.web.JdbcMunicipalities municipalities;

    @Test
    void coloursWithTooLittleContrastAreRefusedAndAGoodThemeIsShownAtOnce() {
        WebClient web = loginAs("beheerder");
        assertThat(web.get("/admin/settings").body()).contains("Gemeente Voorbeeldstad", "#154273");
        HttpResponse<String> refused = web.postForm(
                "/admin/settings",
                Map.of(
                        "name",
                        "Gemeente Voorbeeldstad",
                        "logoText",
                        "Gemeente Voorbeeldstad",
                        "themePrimary",
                        "#ffcc00",
                        "themeAccent",
                        "blauw",
                        "employeeCount",
                        "-3"));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body())
                .contains(
                        "Witte tekst is op deze kleur slecht leesbaar (contrast 1,5 : 1",
                        "Kies een donkerder kleur, bijvoorbeeld #",
                        "Vul een kleur in als hexcode",
                        "Vul een aantal van 0 tot en met 1.000.000 in.");
        assertThat(theme()).doesNotContain("#ffcc00");

        HttpResponse<String> saved = web.postForm(
                "/admin/settings",
                Map.of(
                        "name",
                        "Gemeente Voorbeeldstad",
                        "logoText",
                        "Gemeente Voorbeeldstad",
                        "themePrimary",
                        "#1F4E3D",
                        "themeAccent",
                        "#8a3b00",
                        "employeeCount",
                        "1450",
                        "benchmarkOptIn",
                        "true"));
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(css(web)).contains("--wb-color-primary:#1f4e3d", "--wb-color-accent:#8a3b00");
        assertThat(TenantContext.callAs(
                        Demo.VOORBEELDSTAD,
                        () -> jdbc.sql(
                                        "SELECT count(*) FROM audit_event WHERE object_type = 'municipality' AND action = 'UPDATE'")
                                .query(Long.class)
                                .single()))
                .isPositive();
        assertThat(jdbc.sql("SELECT benchmark_opt_in FROM municipality WHERE id = ?")
                        .param(Demo.VOORBEELDSTAD)
                        .query(Boolean.class)
                        .single())
                .isTrue();
        assertThat(jdbc.sql("SELECT theme_primary FROM municipality WHERE id = ?")
                        .param(Demo.KLEINDORP)
                        .query(String.class)
                        .single())
                .isEqualTo("#2e5c2e");

        web.postForm(
                "/admin/settings",
                Map.of(
                        "name",
                        "Gemeente Voorbeeldstad",
                        "logoText",
                        "Gemeente Voorbeeldstad",
                        "themePrimary",
                        "#154273",
                        "themeAccent",
                        "#8a3b00",
                        "employeeCount",
                        "1450"));
        assertThat(css(web)).contains("#154273");
        // leave the demo municipality as other tests expect it (its demo accent predates the contrast rule)
        jdbc.sql("UPDATE municipality SET theme_accent = '#e17000', benchmark_opt_in = false WHERE id = ?")
                .param(Demo.VOORBEELDSTAD)
                .update();
        municipalities.evict(Demo.VOORBEELDSTAD);
    }

    @Test
    void everyLocalUserChangesTheirOwnPassword() {
        Api admin = Api.as(baseUrl(), "beheerder");
        assertThat(admin.post(
                                "/api/v1/admin/users",
                                "{\"username\":\"eigen.ww\",\"displayName\":\"Eigen Wachtwoord\","
                                        + "\"roles\":[\"EMPLOYEE\"],\"password\":\"" + AdminUsersIT.GOOD + "\"}")
                        .statusCode())
                .isEqualTo(201);
        WebClient me = WebClient.loggedIn(baseUrl(), "eigen.ww", AdminUsersIT.GOOD);
        assertThat(me.get("/").body()).contains("/account/password");
        assertThat(me.get("/account/password").body()).contains("Huidig wachtwoord");
        HttpResponse<String> wrong = me.postForm(
                "/account/password",
                Map.of("currentPassword", "fout fout fout", "newPassword", "zomer2026", "confirmPassword", "anders"));
        assertThat(wrong.body())
                .contains(
                        "Het huidige wachtwoord klopt niet.", "Het wachtwoord is te kort", "veelgebruikte of gelekte");
        String next = "nieuwe zin voor het voorjaar";
        HttpResponse<String> ok = me.postForm(
                "/account/password",
                Map.of("currentPassword", AdminUsersIT.GOOD, "newPassword", next, "confirmPassword", next));
        assertThat(ok.statusCode()).isEqualTo(302);
        assertThat(me.get("/account/password").body()).contains("Uw wachtwoord is gewijzigd.");
        WebClient.loggedIn(baseUrl(), "eigen.ww", next);
        assertThat(new WebClient(baseUrl())
                        .login("eigen.ww", AdminUsersIT.GOOD)
                        .headers()
                        .firstValue("Location")
                        .orElse(""))
                .contains("error");
    }

    @Test
    void usersWithoutALocalPasswordAreSentToTheirOrganisation() {
        Api admin = Api.as(baseUrl(), "beheerder");
        admin.post(
                "/api/v1/admin/users",
                "{\"username\":\"oidc.only\",\"displayName\":\"Zonder Wachtwoord\",\"roles\":[\"EMPLOYEE\"]}");
        WebClient operator = loginAs("platformbeheerder");
        assertThat(operator.get("/account/password").body()).contains("Huidig wachtwoord");
        assertThat(loginAs("medewerker").get("/account/password").statusCode()).isEqualTo(200);
    }

    private String theme() {
        return css(loginAs("medewerker"));
    }

    private static String css(WebClient web) {
        HttpResponse<String> r = web.send(java.net.http.HttpRequest.newBuilder(web.uri("/theme.css"))
                .header("Accept", "text/css")
                .GET()
                .build());
        assertThat(r.statusCode()).isEqualTo(200);
        return r.body();
    }
}
