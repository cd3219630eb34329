package nl.weerbaar.platform.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.FilePayload;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import nl.weerbaar.support.BrowserTest;
import nl.weerbaar.support.Faults;
import nl.weerbaar.support.WebClient;
import org.junit.jupiter.api.Test;

/**
 * A browser gets the product's own error page in the layout and the user's language, saying what to do next; a page
 * that needs a login sends the browser there; API clients keep problem+json.
 */
class ErrorPagesIT extends BrowserTest {

    @Test
    void aPageThatIsNotYoursShowsTheOwnPageInTheUsersLanguage() {
        Page employee = loggedInPage("medewerker");
        Response insights = employee.navigate("/insights");
        org.assertj.core.api.Assertions.assertThat(insights.status()).isEqualTo(403);
        org.assertj.core.api.Assertions.assertThat(insights.headerValue("content-type"))
                .contains("text/html");
        assertThat(employee.locator("main h1")).hasText("Geen toegang");
        assertThat(employee.locator("main")).containsText("vraag dan de functioneel beheerder");
        assertThat(employee.locator("main a[href='/']")).isVisible();
        assertThat(employee.locator("header")).isVisible();
        assertAccessible(employee);

        employee.navigate("/?lang=en");
        employee.navigate("/insights");
        assertThat(employee.locator("main h1")).hasText("No access");
        assertThat(employee.locator("html")).hasAttribute("lang", "en");
        employee.navigate("/?lang=nl");

        Page operator = loggedInPage("platformbeheerder");
        Response incidents = operator.navigate("/incidents");
        org.assertj.core.api.Assertions.assertThat(incidents.status()).isEqualTo(403);
        assertThat(operator.locator("main h1")).hasText("Geen toegang");
    }

    @Test
    void aPageThatNeedsALoginSendsTheBrowserThere() {
        Page page = newPage();
        page.navigate("/insights");
        assertThat(page).hasURL(Pattern.compile(".*/login$"));
    }

    @Test
    void apiClientsKeepProblemJson() {
        HttpResponse<String> r = loginAs("medewerker").getJson("/api/v1/measurements");
        org.assertj.core.api.Assertions.assertThat(r.statusCode()).isEqualTo(403);
        org.assertj.core.api.Assertions.assertThat(
                        r.headers().firstValue("Content-Type").orElse(""))
                .contains("application/problem+json");
        org.assertj.core.api.Assertions.assertThat(r.body()).contains("\"status\":403");
    }

    @Test
    void anUnexpectedErrorShowsTheOwnPageWithAReferenceAndNothingInternal() {
        Page page = loggedInPage("coordinator");
        Response r = page.navigate(Faults.PAGE);
        org.assertj.core.api.Assertions.assertThat(r.status()).isEqualTo(500);
        assertThat(page.locator("main h1")).hasText("Er ging iets mis");
        assertThat(page.locator("main")).containsText("Er is niets half opgeslagen");
        assertThat(page.locator("main")).containsText(Pattern.compile("referentie: [0-9A-F]{8}"));
        assertThat(page.locator("header")).isVisible();
        org.assertj.core.api.Assertions.assertThat(page.content())
                .doesNotContain(Faults.SECRET)
                .doesNotContain("IllegalStateException")
                .doesNotContain("at nl.weerbaar");
        assertAccessible(page);

        page.navigate("/?lang=en");
        page.navigate(Faults.PAGE);
        assertThat(page.locator("main h1")).hasText("Something went wrong");
        assertThat(page.locator("main")).containsText(Pattern.compile("reference: [0-9A-F]{8}"));
        page.navigate("/?lang=nl"); // the choice is kept on the account: other tests expect Dutch mails
    }

    @Test
    void apiClientsGetProblemJsonForUnexpectedErrorsAndUnknownAddresses() {
        WebClient coordinator = loginAs("coordinator");
        HttpResponse<String> failed = coordinator.getJson(Faults.API);
        org.assertj.core.api.Assertions.assertThat(failed.statusCode()).isEqualTo(500);
        org.assertj.core.api.Assertions.assertThat(
                        failed.headers().firstValue("Content-Type").orElse(""))
                .contains("application/problem+json");
        org.assertj.core.api.Assertions.assertThat(failed.body())
                .contains("\"title\":\"Er ging iets mis\"")
                .containsPattern("\"reference\":\"[0-9A-F]{8}\"")
                .doesNotContain(Faults.SECRET)
                .doesNotContain("Exception");

        HttpResponse<String> unknown = coordinator.getJson("/api/v1/bestaat-niet");
        org.assertj.core.api.Assertions.assertThat(unknown.statusCode()).isEqualTo(404);
        org.assertj.core.api.Assertions.assertThat(
                        unknown.headers().firstValue("Content-Type").orElse(""))
                .contains("application/problem+json");
        org.assertj.core.api.Assertions.assertThat(unknown.body())
                .contains("\"status\":404")
                .contains("\"title\":\"Niet gevonden\"");
    }

    /** A file above the container's limit, sent without JavaScript: the own page names the limits; Back keeps the form. */
    @Test
    void aFileTooLargeForTheServerGetsTheOwnPageInsteadOfTheContainers() {
        BrowserContext noScript = browser()
                .newContext(new Browser.NewContextOptions()
                        .setJavaScriptEnabled(false)
                        .setBaseURL(baseUrl())
                        .setLocale("nl-NL"));
        try {
            Page page = noScript.newPage();
            login(page, "beheerder");
            page.navigate("/admin/import");
            page.locator("#departments-file")
                    .setInputFiles(new FilePayload("afdelingen.csv", "text/csv", csv(11 * 1024 * 1024)));
            Response r = page.waitForResponse(
                    res -> res.url().endsWith("/error/too-large"),
                    () -> page.locator("form[action$='/admin/import/departments'] button")
                            .click());
            org.assertj.core.api.Assertions.assertThat(r.status()).isEqualTo(413);
            assertThat(page.locator("main h1")).hasText("Niet opgeslagen: te groot");
            assertThat(page.locator("main")).containsText("hoogstens 10 MB");
            assertThat(page.locator("main")).containsText("samen hoogstens 50 MB");
            assertThat(page.locator("main")).containsText("terugknop");
            assertThat(page.locator("header")).isVisible();
            org.assertj.core.api.Assertions.assertThat(page.content()).doesNotContain("HTTP Status");
            page.goBack();
            assertThat(page.locator("#departments-file")).isVisible();
        } finally {
            noScript.close();
        }
        // axe needs JavaScript: the same page, checked in an ordinary browser
        Page page = loggedInPage("beheerder");
        page.navigate("/error/too-large");
        assertThat(page.locator("main h1")).hasText("Niet opgeslagen: te groot");
        assertAccessible(page);
    }

    @Test
    void aFormAboveTheRequestLimitIsRefusedBeforeAnythingReadsIt() {
        WebClient beheerder = loginAs("beheerder");
        beheerder.get("/admin/import");
        HttpResponse<String> page = beheerder.send(multipart(beheerder, "/admin/import/departments", 51));
        org.assertj.core.api.Assertions.assertThat(page.statusCode()).isEqualTo(303);
        org.assertj.core.api.Assertions.assertThat(
                        page.headers().firstValue("Location").orElse(""))
                .endsWith("/error/too-large");

        WebClient coordinator = loginAs("coordinator");
        HttpResponse<String> api = coordinator.send(HttpRequest.newBuilder(coordinator.uri("/api/v1/reports"))
                .header("Accept", "application/json")
                .header("Accept-Language", "en")
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .header("X-CSRF-TOKEN", coordinator.csrf() == null ? "" : coordinator.csrf())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body(null, 11)))
                .build());
        org.assertj.core.api.Assertions.assertThat(api.statusCode()).isEqualTo(413);
        org.assertj.core.api.Assertions.assertThat(
                        api.headers().firstValue("Content-Type").orElse(""))
                .contains("application/problem+json");
        org.assertj.core.api.Assertions.assertThat(api.body())
                .contains("\"title\":\"Too large\"")
                .contains("at most 10 MB");
    }

    /** A page shown after a POST has no address of its own: the language switch leads to the form's page. */
    @Test
    void theLanguageSwitchOfAPageShownAfterAPostLeadsToTheFormsPage() {
        WebClient coordinator = loginAs("coordinator");
        coordinator.get("/processes/rules");
        HttpResponse<String> refused = coordinator.send(HttpRequest.newBuilder(coordinator.uri("/processes/rules"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Referer", coordinator.uri("/processes/rules?x=1").toString())
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + coordinator.csrf() + "&name="))
                .build());
        org.assertj.core.api.Assertions.assertThat(refused.statusCode()).isEqualTo(200);
        org.assertj.core.api.Assertions.assertThat(refused.body()).contains("href=\"/processes/rules?lang=en\"");

        HttpResponse<String> foreign = coordinator.send(HttpRequest.newBuilder(coordinator.uri("/processes/rules"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Referer", "https://elders.example/processes/rules")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + coordinator.csrf() + "&name="))
                .build());
        org.assertj.core.api.Assertions.assertThat(foreign.body()).contains("href=\"/?lang=en\"");

        HttpResponse<String> page = coordinator.get("/processes/rules");
        org.assertj.core.api.Assertions.assertThat(page.body()).contains("href=\"?lang=en\"");
    }

    private static final String BOUNDARY = "----weerbaar-test";

    private static HttpRequest multipart(WebClient client, String path, int megabytes) {
        return HttpRequest.newBuilder(client.uri(path))
                .header("Accept", "text/html")
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body(client.csrf(), megabytes)))
                .build();
    }

    /** A form with the CSRF token as a field (as a browser sends it) and one CSV file of the given size. */
    private static byte[] body(String csrf, int megabytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (csrf != null) {
            out.writeBytes(
                    ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n")
                            .getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes(("--" + BOUNDARY
                        + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n"
                        + "Content-Type: text/csv\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        out.writeBytes(csv(megabytes * 1024 * 1024));
        out.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static byte[] csv(int size) {
        byte[] bytes = new byte[size];
        byte[] line = "code,naam\nX,Afdeling\n".getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < size; i++) {
            bytes[i] = line[i % line.length];
        }
        return bytes;
    }
}
