package nl.weerbaar.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import nl.weerbaar.support.IntegrationTest;
import org.junit.jupiter.api.Test;

/** What operations and integrators rely on: health, the OpenAPI document, friendly errors. */
class OperationsIT extends IntegrationTest {

    @Test
    void staticFilesAreServedWithoutLoginFromTheirOwnPathsOnly() {
        var client = anonymous();
        for (String path : List.of(
                "/css/weerbaar.css",
                "/favicon.svg",
                "/manifest.webmanifest",
                "/sw.js",
                "/webjars/htmx.org/dist/htmx.min.js")) {
            assertThat(client.get(path).statusCode()).as(path).isEqualTo(200);
        }
        assertThat(client.get("/favicon.svg")
                        .headers()
                        .firstValue("Content-Type")
                        .orElse(""))
                .startsWith("image/svg");
        // a page path is never answered from the static folder, so it still needs a login
        assertThat(client.get("/weerbaar.css").statusCode()).isNotEqualTo(200);
        assertThat(loginAs("medewerker").get("/").body())
                .contains("rel=\"icon\" type=\"image/svg+xml\" href=\"/favicon.svg\"");
    }

    @Test
    void pagesThatDoNotAskForHtmxDoNotLoadIt() {
        // (the incident form asks for htmx once a BAG is loaded: its address picker uses it)
        for (String path : List.of("/", "/actions", "/insights")) {
            HttpResponse<String> page = loginAs("coordinator").get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertThat(page.body()).as(path).contains("/css/weerbaar.css").doesNotContain("htmx");
        }
    }

    @Test
    void healthIsUpWithoutLogin() {
        HttpResponse<String> health = anonymous().getJson("/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");
    }

    @Test
    void theOpenApiDocumentDescribesTheRestApi() {
        HttpResponse<String> docs = anonymous().getJson("/v3/api-docs");
        assertThat(docs.statusCode()).isEqualTo(200);
        // paths are relative to the server URL with the major version (ADR 0016)
        assertThat(docs.body())
                .contains("\"openapi\"", "\"url\":\"/api/v1\"", "\"/me\"")
                .doesNotContain("/admin\"");
    }

    @Test
    void unknownPagesGetAFriendlyDutchPageWithoutInternals() {
        HttpResponse<String> page = loginAs("medewerker").get("/bestaat-niet");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body())
                .contains("Niet gevonden")
                .doesNotContain("Exception")
                .doesNotContain("at nl.");
    }

    @Test
    void englishIsOneClickAway() {
        var client = anonymous();
        assertThat(client.get("/login?lang=en").body()).contains("Log in to Weerbaar");
        assertThat(client.get("/login").body()).contains("Log in to Weerbaar");
        assertThat(client.get("/login?lang=nl").body()).contains("Inloggen bij Weerbaar");
    }
}
