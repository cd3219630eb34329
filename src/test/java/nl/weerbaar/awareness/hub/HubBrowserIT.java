package nl.weerbaar.awareness.hub;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.util.UUID;
import nl.weerbaar.platform.TenantContext;
import nl.weerbaar.support.BrowserTest;
import nl.weerbaar.support.Demo;
import org.junit.jupiter.api.Test;

/**
 * The hub's journeys: the coordinator writes an item with an image and a script, publishes it, and the employee
 * finds it on the start page and the hub without the script; the confidants list follows a change of roles.
 */
class HubBrowserIT extends BrowserTest {

    /** The smallest PNG: one transparent pixel. */
    static final byte[] PNG = java.util.Base64.getDecoder()
            .decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=");

    @Test
    void theCoordinatorPublishesAnItemAndTheEmployeeSeesItWithoutItsScript() {
        String title =
                "Festival van de weerbaarheid " + UUID.randomUUID().toString().substring(0, 8);
        Page coordinator = loggedInPage("coordinator");
        coordinator.navigate("/awareness/manage/new");
        assertAccessible(coordinator);
        coordinator.getByLabel("Titel").fill(title);
        coordinator
                .getByLabel("Tekst")
                .fill("Op **12 maart** is het festival.<script>document.title='gehackt'</script>");
        coordinator.locator("main form button[type=submit]").first().click();
        assertThat(coordinator.locator("[role=status]")).containsText("opgeslagen");

        // a file that only claims to be a picture is refused by its content
        coordinator
                .getByLabel("Afbeelding", new Page.GetByLabelOptions().setExact(true))
                .setInputFiles(new FilePayload("nep.png", "image/png", "<svg onload=alert(1)>".getBytes()));
        coordinator.getByText("Afbeelding toevoegen").click();
        assertThat(coordinator.locator("#image-error")).containsText("Alleen PNG- en JPEG-afbeeldingen");
        assertAccessible(coordinator);
        coordinator
                .getByLabel("Afbeelding", new Page.GetByLabelOptions().setExact(true))
                .setInputFiles(new FilePayload("festival.png", "image/png", PNG));
        coordinator.getByText("Afbeelding toevoegen").click();
        String markdown =
                coordinator.locator("[role=status] code").textContent().strip();
        assertThat(markdown).startsWith("![").contains("](/awareness/images/");
        coordinator
                .getByLabel("Tekst")
                .fill("Op **12 maart** is het festival.<script>document.title='gehackt'</script>\n\n"
                        + markdown.replace("beschrijving van de afbeelding", "Het festivalterrein"));
        coordinator.locator("main form button[type=submit]").first().click();
        coordinator.getByText("Publiceren").click();
        assertThat(coordinator.locator("[role=status]")).containsText("gepubliceerd");
        assertAccessible(coordinator);

        Page employee = loggedInPage("medewerker");
        assertThat(employee.locator("#figures")).containsText(title);
        employee.getByText("Nieuws van Weerbaar samen").click();
        assertThat(employee.locator("h1")).hasText("Weerbaar samen");
        assertAccessible(employee);
        employee.getByText(title).click();
        assertThat(employee.locator("h1")).hasText(title);
        assertThat(employee.locator(".rich-text strong")).hasText("12 maart");
        assertThat(employee.locator(".rich-text script")).hasCount(0);
        assertThat(employee.content()).doesNotContain("gehackt");
        assertThat(employee.title()).isNotEqualTo("gehackt");
        assertThat(employee.locator(".rich-text img[alt='Het festivalterrein']"))
                .hasCount(1);
        Object width = employee.locator(".rich-text img").evaluate("img => img.naturalWidth");
        assertThat(width).as("the image loads").isEqualTo(1);
        assertAccessible(employee);
    }

    @Test
    void theConfidantsListFollowsARoleChange() {
        Page employee = loggedInPage("medewerker");
        employee.navigate("/awareness");
        assertThat(employee.locator("#confidants")).containsText("Vera Vertrouwen");
        assertThat(employee.locator("#confidants")).containsText("Bram Bestuursvertrouwen");
        assertThat(employee.locator("#confidants")).not().containsText("Jamal Jurist");
        try {
            TenantContext.runAs(
                    Demo.VOORBEELDSTAD,
                    () -> jdbc.sql("INSERT INTO user_role (user_id, tenant_id, role)"
                                    + " SELECT id, tenant_id, 'CONFIDANT' FROM app_user WHERE username = 'jurist'")
                            .update());
            employee.reload();
            assertThat(employee.locator("#confidants")).containsText("Jamal Jurist");
        } finally {
            TenantContext.runAs(
                    Demo.VOORBEELDSTAD,
                    () -> jdbc.sql("DELETE FROM user_role WHERE role = 'CONFIDANT'"
                                    + " AND user_id = (SELECT id FROM app_user WHERE username = 'jurist')")
                            .update());
        }
        employee.reload();
        assertThat(employee.locator("#confidants")).not().containsText("Jamal Jurist");
    }
}
