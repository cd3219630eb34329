package nl.weerbaar.surveys.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.weerbaar.platform.DutchTime;
import nl.weerbaar.platform.TenantContext;
import nl.weerbaar.support.BrowserTest;
import nl.weerbaar.support.Demo;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A closed survey's answers as diverging bars: one chart per answer scale, its table holding the shares of the
 * answers, the same for a department, nothing drawn for a department too small to show; on a desktop and a phone.
 */
class SurveyAnswerChartsBrowserIT extends BrowserTest {

    @Autowired
    Surveys surveys;

    @Autowired
    Questionnaires questionnaires;

    @Autowired
    Upkeep upkeep;

    private UUID department(String code) {
        return TenantContext.callAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql("SELECT id FROM department WHERE code = ?")
                        .param(code)
                        .query(UUID.class)
                        .single());
    }

    @Test
    void theAnswersAreDrawnPerScaleWithTheSharesInTheirTables() throws Exception {
        UUID bz = department("BZ");
        UUID vg = department("VG");
        UUID grf = department("GRF");
        Survey survey = TenantContext.callAs(Demo.VOORBEELDSTAD, () -> {
            UUID id = surveys.create(
                    "Grafiek " + UUID.randomUUID().toString().substring(0, 6),
                    Variant.CIVIL_SERVANT,
                    questionnaires.latest(Variant.CIVIL_SERVANT).id(),
                    LocalDate.now(DutchTime.ZONE).minusDays(30),
                    LocalDate.now(DutchTime.ZONE).minusDays(20),
                    5,
                    null);
            Survey s = surveys.get(id);
            SurveyFixtures.responses(jdbc, Demo.VOORBEELDSTAD, s, bz, 12, 4); // helemaal eens, vaker dan vijf keer
            SurveyFixtures.responses(jdbc, Demo.VOORBEELDSTAD, s, vg, 6, 1); // oneens, één keer
            SurveyFixtures.responses(jdbc, Demo.VOORBEELDSTAD, s, grf, 3, 0); // helemaal oneens, nooit
            upkeep.summarise(s);
            return s;
        });

        Page page = loggedInPage("coordinator");
        page.navigate("/surveys/" + survey.id() + "/results");
        // three scales are drawn: how often (nooit … vaker), yes/no, agree (helemaal oneens … helemaal eens)
        assertThat(page.locator("figure.chart--diverging").count()).isEqualTo(3);
        Locator agree = page.locator("figure.chart--diverging", new Page.LocatorOptions().setHasText("Helemaal eens"));
        assertThat(agree.locator(".chart__title").textContent())
                .isEqualTo("Hele gemeente: antwoorden van ‘Helemaal oneens’ tot ‘Helemaal eens’");
        // 21 answers: 3 × helemaal oneens (14%), 6 × oneens (29%), 12 × helemaal eens (57%)
        assertThat(rows(agree.locator("table tbody tr")))
                .contains("Kent de norm | 14% | 29% | 0% | 0% | 57%", "Voelt zich veilig | 14% | 29% | 0% | 0% | 57%")
                .hasSize(6);
        Locator often = page.locator("figure.chart--diverging", new Page.LocatorOptions().setHasText("Vaker dan vijf"));
        assertThat(rows(often.locator("table tbody tr"))).contains("Geïntimideerd (12 mnd) | 14% | 29% | 0% | 57%");
        // the bars: helemaal eens (12 answers, right of the centre) is four times as wide as helemaal oneens (3)
        double strong = agree.locator("svg.chart__svg rect.chart-pos-1").first().boundingBox().width;
        double weak = agree.locator("svg.chart__svg rect.chart-neg-1").first().boundingBox().width;
        assertThat(strong / weak).isBetween(3.9, 4.1);
        // the free choice questions keep their lists
        assertThat(page.locator("h3", new Page.LocatorOptions().setHasText("Van wie ging het laatste voorval uit?"))
                        .count())
                .isEqualTo(1);
        assertThat(page.locator("h3", new Page.LocatorOptions().setHasText("Ik voel me veilig"))
                        .count())
                .isZero();
        assertAccessible(page);
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target/screenshots/survey-answers-1280.png"))
                .setFullPage(true));

        // the PDF report holds the charts with their tables
        byte[] pdf =
                page.request().get("/surveys/" + survey.id() + "/report.pdf").body();
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            assertThat(text).contains("Hele gemeente: antwoorden van ‘Helemaal oneens’ tot ‘Helemaal eens’");
            assertThat(text).contains("Kent de norm");
        }

        // one department: only its answers
        page.selectOption("#department", bz.toString());
        page.locator("form.filters button").click();
        Locator bzAgree =
                page.locator("figure.chart--diverging", new Page.LocatorOptions().setHasText("Helemaal eens"));
        assertThat(bzAgree.locator(".chart__title").textContent()).startsWith("Burgerzaken: ");
        assertThat(rows(bzAgree.locator("table tbody tr"))).contains("Kent de norm | 0% | 0% | 0% | 0% | 100%");

        page.setViewportSize(390, 844);
        assertAccessible(page);
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target/screenshots/survey-answers-390.png"))
                .setFullPage(true));
    }

    private static List<String> rows(Locator rows) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < rows.count(); i++) {
            out.add(String.join(" | ", rows.nth(i).locator("th, td").allTextContents())
                    .strip());
        }
        return out;
    }
}
