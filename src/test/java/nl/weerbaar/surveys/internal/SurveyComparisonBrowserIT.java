package nl.weerbaar.surveys.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import nl.weerbaar.platform.DutchTime;
import nl.weerbaar.platform.TenantContext;
import nl.weerbaar.support.BrowserTest;
import nl.weerbaar.support.Demo;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The named-comparison setting and the comparison page in a real browser, on a desktop and on a phone. */
class SurveyComparisonBrowserIT extends BrowserTest {

    @Autowired
    Surveys surveys;

    @Autowired
    Questionnaires questionnaires;

    @Autowired
    Upkeep upkeep;

    @Autowired
    NamedComparison named;

    private Survey closedSurvey(UUID tenant, String title) {
        return TenantContext.callAs(tenant, () -> {
            UUID id = surveys.create(
                    title,
                    Variant.CIVIL_SERVANT,
                    questionnaires.latest(Variant.CIVIL_SERVANT).id(),
                    LocalDate.now(DutchTime.ZONE).minusDays(30),
                    LocalDate.now(DutchTime.ZONE).minusDays(20),
                    10,
                    null);
            Survey s = surveys.get(id);
            SurveyFixtures.responses(jdbc, tenant, s, null, 14, 2);
            upkeep.summarise(s);
            return s;
        });
    }

    @Test
    void theSettingAndTheComparisonAreAccessible() {
        Page admin = loggedInPage("beheerder");
        admin.navigate("/surveys/sharing");
        assertThat(admin.locator("h1").textContent()).contains("Vergelijking bij naam");
        assertAccessible(admin);

        String run = Integer.toHexString(new Random().nextInt(1 << 20));
        List<UUID> others = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            UUID id = UUID.randomUUID();
            jdbc.sql("SELECT platform_create_municipality(?, ?, ?, false)")
                    .params(id, "scherm-" + run + "-" + i, "Gemeente Scherm" + run + "x" + i)
                    .query()
                    .singleRow();
            jdbc.sql("UPDATE municipality SET benchmark_opt_in = true WHERE id = ?")
                    .param(id)
                    .update();
            closedSurvey(id, "Enquête " + i);
            others.add(id);
        }
        Survey own = closedSurvey(Demo.VOORBEELDSTAD, "Schermvergelijking " + run);
        try {
            jdbc.sql("UPDATE municipality SET benchmark_opt_in = true WHERE id = ?")
                    .param(Demo.VOORBEELDSTAD)
                    .update();
            TenantContext.runAs(others.get(0), () -> named.consent(true));
            Page page = loggedInPage("secretaris");
            page.navigate("/surveys");
            page.locator("a[href='/surveys/" + own.id() + "/results']").click();
            page.locator("a[href='/surveys/" + own.id() + "/comparison']").click();
            assertThat(page.locator("[data-test=named]").allTextContents())
                    .containsExactly("Gemeente Scherm" + run + "x0");
            assertAccessible(page);
            page.setViewportSize(390, 844);
            assertAccessible(page);
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Path.of("target/survey-comparison.png"))
                    .setFullPage(true));
        } finally {
            TenantContext.runAs(others.get(0), () -> named.consent(false));
            jdbc.sql("UPDATE municipality SET benchmark_opt_in = false WHERE id = ?")
                    .param(Demo.VOORBEELDSTAD)
                    .update();
            jdbc.sql("UPDATE municipality SET benchmark_opt_in = false WHERE id = ANY (?)")
                    .param(others.toArray(new UUID[0]))
                    .update();
        }
    }
}
