package nl.weerbaar.incidents;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.nio.file.Files;
import java.util.UUID;
import nl.weerbaar.platform.TenantContext;
import nl.weerbaar.support.BrowserTest;
import nl.weerbaar.support.Demo;
import org.junit.jupiter.api.Test;

/** Attachments (checked by content, size-limited, encrypted, downloaded only) and registration on behalf. */
class AttachmentsAndOnBehalfIT extends BrowserTest {

    static final byte[] PNG = java.util.Base64.getDecoder()
            .decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    @Test
    void reporterAddsAPhotoItIsStoredEncryptedAndOnlyServedAsDownload() throws Exception {
        var response = new ReportApiIT()
                .postAs(
                        baseUrl(),
                        "medewerker",
                        "att-" + UUID.randomUUID(),
                        ReportApiIT.report("Ruit ingegooid " + UUID.randomUUID()));
        String id = response.body().replaceAll(".*\"id\"\\s*:\\s*\"([^\"]+)\".*", "$1");
        Page page = loggedInPage("medewerker");
        page.navigate("/incidents/mine/" + id);

        page.locator("#file")
                .setInputFiles(new FilePayload("script.png", "image/png", "<script>alert(1)</script>".getBytes()));
        page.locator("#attachments button[type=submit]").click();
        assertThat(page.locator("#file-error")).containsText("geen foto");

        page.locator("#file").setInputFiles(new FilePayload("huge.jpg", "image/jpeg", new byte[5 * 1024 * 1024 + 10]));
        page.locator("#attachments button[type=submit]").click();
        assertThat(page.locator("#file-error")).containsText("groter dan 5 MB");

        page.locator("#file").setInputFiles(new FilePayload("../../ruit foto.exe", "application/x-msdownload", PNG));
        page.locator("#attachments button[type=submit]").click();
        assertThat(page.locator("#attachments .alert--success")).isVisible();
        assertAccessible(page);

        byte[] stored = TenantContext.callAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql("SELECT ciphertext FROM incident_attachment WHERE incident_id = ?::uuid")
                        .param(id)
                        .query(byte[].class)
                        .single());
        assertThat(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain("PNG");

        Download download =
                page.waitForDownload(() -> page.locator("#attachments li a").click());
        assertThat(download.suggestedFilename()).isEqualTo("ruit foto.png");
        assertThat(Files.readAllBytes(download.path())).isEqualTo(PNG);

        var client = loginAs("leidinggevende");
        String href = page.locator("#attachments li a").getAttribute("href");
        var r = client.get(href);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment");
        assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("image/png");
        assertThat(loginAs("leidinggevende.vg").get(href).statusCode()).isEqualTo(404);
    }

    @Test
    void coordinatorEntersAPaperReportOnBehalfOfSomeone() {
        Page page = loggedInPage("coordinator");
        page.navigate("/incidents/on-behalf");
        assertAccessible(page);
        String text = "Papieren formulier: bezoeker spuugde naar baliemedewerker " + UUID.randomUUID();
        page.getByLabel("Verbale agressie (schelden, schreeuwen)").check();
        page.getByLabel("Waar?").selectOption("COUNTER");
        page.locator("#description").fill(text);
        page.locator("form.form button[type=submit]").click();
        assertThat(page.locator("#error-summary")).containsText("namens wie");
        page.locator("#onBehalfName").fill("P. de Vries (schoonmaak, extern)");
        page.locator("#departmentId")
                .selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Burgerzaken"));
        page.locator("form.form button[type=submit]").click();
        page.waitForURL(url -> url.contains("/incidents/mine/"));
        String row = TenantContext.callAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql("""
        SELECT i.channel || '/' || i.on_behalf_name || '/' || coalesce(i.reporter_id::text, 'none') || '/' || u.username
          FROM incident i JOIN app_user u ON u.id = i.registered_by WHERE i.description = ?""").param(text).query(String.class).single());
        assertThat(row).isEqualTo("ON_BEHALF/P. de Vries (schoonmaak, extern)/none/coordinator");
        page.navigate("/incidents/mine");
        assertThat(page.locator("main")).containsText("namens P. de Vries");
        assertThat(loginAs("medewerker").get("/incidents/on-behalf").statusCode())
                .isEqualTo(403);
    }
}
