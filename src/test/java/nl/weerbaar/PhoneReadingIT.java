package nl.weerbaar;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.net.http.HttpRequest;
import java.util.UUID;
import nl.weerbaar.support.BrowserTest;
import nl.weerbaar.support.Demo;
import nl.weerbaar.support.WebClient;
import org.junit.jupiter.api.Test;

/** The lists a person reads on the phone (390 px) need no sideways scrolling: rows become labelled cards. */
public class PhoneReadingIT extends BrowserTest {

    /** True when neither the page nor any table on it is wider than the screen. */
    public static boolean fitsTheScreen(Page page) {
        return (Boolean) page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth"
                + " && [...document.querySelectorAll('.table-wrap')].every(w => w.scrollWidth <= w.clientWidth)"
                + " && [...document.querySelectorAll('table')].every(t => t.getBoundingClientRect().right"
                + " <= window.innerWidth)");
    }

    void report(String user, String description) {
        WebClient session = WebClient.forApi(baseUrl(), user, Demo.PASSWORD);
        HttpRequest request = session.apiRequest("/api/v1/reports")
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"kinds": ["VERBAL_AGGRESSION", "THREAT_VIOLENCE", "ONLINE_THREAT"], "locationType": "COUNTER",
                         "description": "%s"}""".formatted(description)))
                .build();
        assertThat(session.send(request).statusCode()).isEqualTo(201);
    }

    @Test
    void myReportsWithTheirFeedbackReadOnAPhone() throws Exception {
        report("medewerker", "Klant schreeuwde aan de balie en dreigde online");
        Page phone = newPage(390, 844);
        login(phone, "medewerker");
        phone.navigate("/incidents/mine");
        assertThat(phone.locator("table tbody tr").count()).isPositive();
        assertThat(phone.locator("td[data-label]").first().isVisible()).isTrue();
        assertThat(fitsTheScreen(phone)).as("Mijn meldingen at 390 px").isTrue();
        assertAccessible(phone);
    }

    @Test
    void actionsAndFindingsReadOnAPhone() {
        Page phone = newPage(390, 844);
        login(phone, "coordinator");
        for (String path : new String[] {"/actions", "/processes/findings"}) {
            phone.navigate(path);
            assertThat(phone.locator("main h1").count()).as(path).isEqualTo(1);
            assertThat(fitsTheScreen(phone)).as(path + " at 390 px").isTrue();
        }
    }

    @Test
    void onADesktopTheListStaysATable() throws Exception {
        report("medewerker", "Nog een melding voor de tabel");
        Page desktop = newPage();
        login(desktop, "medewerker");
        desktop.navigate("/incidents/mine");
        assertThat(desktop.locator("table thead").isVisible()).isTrue();
        assertThat(desktop.locator("table tbody tr").first().evaluate("r => getComputedStyle(r).display"))
                .isEqualTo("table-row");
    }
}
