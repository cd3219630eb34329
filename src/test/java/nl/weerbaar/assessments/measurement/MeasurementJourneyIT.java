package nl.weerbaar.assessments.measurement;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import nl.weerbaar.support.BrowserTest;
import org.junit.jupiter.api.Test;

/** A coordinator walks a measurement in a real browser: start, answer, lock, results, action, PDF. */
class MeasurementJourneyIT extends BrowserTest {

    @Test
    void aCoordinatorWalksAMeasurementFromStartToPdf() throws Exception {
        Page page = loggedInPage("coordinator");
        page.navigate("/assessments");
        assertAccessible(page);
        page.getByLabel("Naam van de meting").fill("0-meting browser");
        page.locator("#instrument")
                .selectOption(new com.microsoft.playwright.options.SelectOption()
                        .setLabel("Checklist Veilige Publieke Taak (v1)"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Meting starten"))
                .click();
        page.waitForURL(u -> u.matches(".*/assessments/measurements/[0-9a-f-]{36}$"));
        assertThat(page.locator("h1").textContent()).isEqualTo("0-meting browser");
        assertAccessible(page);

        page.locator("table a", new Page.LocatorOptions().setHasText("Acht maatregelen"))
                .click();
        page.waitForURL(u -> u.endsWith("/sections/VPT"));
        assertAccessible(page);
        String[] values = {"Ja", "Nee", "Ja", "Deels", "Nee", "Ja", "Ja", "Ja"};
        var questions = page.locator("fieldset.question");
        assertThat(questions.count()).isEqualTo(8);
        for (int i = 0; i < 8; i++) {
            questions
                    .nth(i)
                    .getByLabel(values[i], new com.microsoft.playwright.Locator.GetByLabelOptions().setExact(true))
                    .check();
        }
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Opslaan").setExact(true))
                .click();
        page.waitForURL(u -> u.contains("saved"));
        assertThat(page.locator("[role=status]").textContent()).contains("opgeslagen");
        assertThat(page.getByText("8 van 8 vragen beantwoord").count()).isEqualTo(1);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Terug naar 0-meting browser"))
                .click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Meting afsluiten"))
                .click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ja, meting afsluiten"))
                .click();
        page.waitForURL(u -> u.contains("locked"));
        assertAccessible(page);
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Resultaten").setExact(true))
                .click();
        page.waitForURL(u -> u.endsWith("/results"));
        assertAccessible(page);
        // 5.5 of 8 = 69 %
        assertThat(page.locator("#chart-scores table tbody tr td").first().textContent())
                .isEqualTo("69% · Deels op orde");
        assertThat(page.locator("#chart-scores svg.chart__svg").textContent()).contains("69% · Deels op orde");
        assertThat(page.locator("table").first().textContent()).contains("69%").contains("Deels op orde");

        Download download = page.waitForDownload(
                () -> page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Rapport als PDF"))
                        .click());
        byte[] pdf = Files.readAllBytes(download.path());
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            // the chart's title and its table go into the report
            assertThat(text).contains("Score en fase per pijler").contains("69% · Deels op orde");
        }
    }

    @Test
    void aBrokenImportShowsItsLinesAccessiblyAndTheSectionWorksOnAPhone() {
        Page page = loggedInPage("coordinator");
        page.navigate("/assessments/instruments/import");
        assertAccessible(page);
        page.getByLabel("Of plak de inhoud van het bestand").fill("key: x\nversion: twee\n");
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Importeren").setExact(true))
                .click();
        assertThat(page.locator("#problems").textContent()).contains("Regel 2:").contains("geheel getal");
        assertAccessible(page);

        Page phone = newPage(390, 844);
        login(phone, "coordinator");
        phone.navigate("/assessments");
        phone.locator("table a").first().click();
        assertAccessible(phone);
    }
}
