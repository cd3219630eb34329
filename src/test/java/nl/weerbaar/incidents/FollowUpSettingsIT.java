package nl.weerbaar.incidents;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import nl.weerbaar.incidents.core.Deadline;
import nl.weerbaar.incidents.core.IncidentSettings;
import nl.weerbaar.incidents.jobs.SecretaryDigestJob;
import nl.weerbaar.platform.TenantContext;
import nl.weerbaar.support.BrowserTest;
import nl.weerbaar.support.Demo;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The coordinator's follow-up settings: validation, deadlines of new cases, and the secretary's digest. */
class FollowUpSettingsIT extends BrowserTest {

    static final String SECRETARY = "secretaris@voorbeeldstad.demo";

    @Autowired
    IncidentSettings settings;

    @Autowired
    SecretaryDigestJob digest;

    @AfterEach
    void restoreDefaults() {
        TenantContext.runAs(Demo.VOORBEELDSTAD, () -> jdbc.sql("""
        UPDATE incident_settings SET deadlines = '{}', camera_retention_days = 7, retention_years = 5,
               secretary_notification = 'IMMEDIATE'""").update());
    }

    static long mailsTo(String to, String subject) {
        return Arrays.stream(MAIL.getReceivedMessages())
                .filter(m -> is(m, to, subject))
                .count();
    }

    static boolean is(MimeMessage m, String to, String subject) {
        try {
            return Arrays.toString(m.getAllRecipients()).contains(to) && subject.equals(m.getSubject());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void wrongValuesAreRefusedPerFieldAndGoodOnesApplyToNewCasesWithTheSecretaryInADigest() {
        Page page = loggedInPage("coordinator");
        page.navigate("/incidents/settings");
        assertThat(page.locator("h1")).hasText("Instellingen opvolging");
        assertAccessible(page);

        page.locator("#amount-AFTERCARE").fill("abc");
        page.locator("#amount-FEEDBACK").fill("300");
        page.locator("#unit-FEEDBACK").selectOption("wd");
        page.locator("#cameraRetentionDays").fill("0");
        page.locator("#retentionYears").fill("<b>");
        page.locator("#secretary-digest").check();
        page.locator("form.form button[type=submit]").click();
        assertThat(page.locator("#error-summary li")).hasCount(4);
        assertThat(page.locator("#amount-AFTERCARE-error")).hasText("Vul een heel aantal uren in van 1 tot 720.");
        assertThat(page.locator("#amount-FEEDBACK-error")).hasText("Vul een heel aantal werkdagen in van 1 tot 260.");
        assertThat(page.locator("#cameraRetentionDays")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("#retentionYears")).hasValue("<b>");
        assertThat(page.locator("#secretary-digest")).isChecked();
        page.screenshot(new Page.ScreenshotOptions()
                .setFullPage(true)
                .setPath(java.nio.file.Path.of("target/screenshots/incident-settings-errors.png")));
        assertAccessible(page);
        IncidentSettings.Values unchanged = TenantContext.callAs(Demo.VOORBEELDSTAD, settings::current);
        assertThat(unchanged.deadlines().get("AFTERCARE")).isEqualTo(Deadline.parse("24h"));
        assertThat(unchanged.cameraRetentionDays()).isEqualTo(7);
        assertThat(unchanged.secretaryNotification()).isEqualTo("IMMEDIATE");

        page.locator("#amount-AFTERCARE").fill("2");
        page.locator("#unit-AFTERCARE").selectOption("wd");
        page.locator("#amount-FEEDBACK").fill("30");
        page.locator("#cameraRetentionDays").fill("3");
        page.locator("#retentionYears").fill("7");
        page.locator("form.form button[type=submit]").click();
        assertThat(page.locator(".alert--success")).containsText("opgeslagen");
        assertThat(page.locator("#amount-AFTERCARE")).hasValue("2");
        assertThat(page.locator("#unit-AFTERCARE")).hasValue("wd");
        IncidentSettings.Values saved = TenantContext.callAs(Demo.VOORBEELDSTAD, settings::current);
        assertThat(saved.deadlines().get("AFTERCARE")).isEqualTo(new Deadline(2, true));
        assertThat(saved.deadlines().get("FEEDBACK")).isEqualTo(new Deadline(30, true));
        assertThat(saved.deadlines().get("LESSONS")).isEqualTo(Deadline.parse("30wd"));
        assertThat(saved.cameraRetentionDays()).isEqualTo(3);
        assertThat(saved.retentionYears()).isEqualTo(7);
        assertThat(saved.secretaryNotification()).isEqualTo("DIGEST");

        // Switching to the digest starts it now: the cases that were announced one by one are not announced again.
        long digestsAtSwitch = mailsTo(SECRETARY, "Overzicht nieuwe incidenten");
        digest.run();
        assertThat(mailsTo(SECRETARY, "Overzicht nieuwe incidenten")).isEqualTo(digestsAtSwitch);

        // A new case gets the new deadlines; the secretary hears nothing yet.
        long immediateBefore = mailsTo(SECRETARY, "Nieuw incident geregistreerd");
        Instant before = Instant.now();
        var response = new ReportApiIT()
                .postAs(
                        baseUrl(),
                        "medewerker",
                        "settings-" + UUID.randomUUID(),
                        ReportApiIT.report("Na de nieuwe instellingen " + UUID.randomUUID()));
        assertThat(response.statusCode()).isEqualTo(201);
        String id = response.body().replaceAll(".*\"id\"\\s*:\\s*\"([^\"]+)\".*", "$1");
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(() -> Arrays.stream(MAIL.getReceivedMessages())
                        .map(ReportApiIT::body)
                        .anyMatch(b -> b.contains(id) && b.contains("coordinator@voorbeeldstad.demo")));
        Map<String, Instant> due = TenantContext.callAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc
                        .sql("SELECT step, due_at FROM incident_step WHERE incident_id = ?::uuid")
                        .param(id)
                        .query((rs, n) ->
                                Map.entry(rs.getString(1), rs.getTimestamp(2).toInstant()))
                        .list()
                        .stream()
                        .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
        Instant expected = new Deadline(2, true).from(before);
        assertThat(Duration.between(expected, due.get("AFTERCARE")).abs()).isLessThan(Duration.ofMinutes(2));
        assertThat(due.get("AFTERCARE")).isAfter(before.plus(Duration.ofHours(47)));
        assertThat(mailsTo(SECRETARY, "Nieuw incident geregistreerd")).isEqualTo(immediateBefore);

        // The digest goes out once, and not again without new cases.
        long digestsBefore = mailsTo(SECRETARY, "Overzicht nieuwe incidenten");
        digest.run();
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .until(() -> mailsTo(SECRETARY, "Overzicht nieuwe incidenten") == digestsBefore + 1);
        digest.run();
        assertThat(mailsTo(SECRETARY, "Overzicht nieuwe incidenten")).isEqualTo(digestsBefore + 1);
        assertThat(Arrays.stream(MAIL.getReceivedMessages())
                        .filter(m -> is(m, SECRETARY, "Overzicht nieuwe incidenten"))
                        .map(ReportApiIT::body)
                        .noneMatch(b -> b.contains("Na de nieuwe instellingen")))
                .isTrue();
    }

    @Test
    void onlyTheCoordinatorReachesTheSettings() {
        assertThat(loginAs("medewerker").get("/incidents/settings").statusCode())
                .isEqualTo(403);
        assertThat(loginAs("leidinggevende").get("/incidents/settings").statusCode())
                .isEqualTo(403);
        assertThat(loginAs("secretaris")
                        .postForm(
                                "/incidents/settings",
                                Map.of(
                                        "secretaryNotification",
                                        "DIGEST",
                                        "cameraRetentionDays",
                                        "3",
                                        "retentionYears",
                                        "3"))
                        .statusCode())
                .isEqualTo(403);
        assertThat(TenantContext.callAs(Demo.VOORBEELDSTAD, settings::current).cameraRetentionDays())
                .isEqualTo(7);
        assertThat(loginAs("coordinator").get("/incidents/settings").body()).contains("amount-PERPETRATOR_RESPONSE");
    }
}
