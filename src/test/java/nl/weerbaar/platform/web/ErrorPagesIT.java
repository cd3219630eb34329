package nl.weerbaar.platform.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import java.net.http.HttpResponse;
import java.util.regex.Pattern;
import nl.weerbaar.support.BrowserTest;
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
}
