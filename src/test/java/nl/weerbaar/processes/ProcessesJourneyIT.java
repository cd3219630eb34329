package nl.weerbaar.processes;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import nl.weerbaar.support.BrowserTest;
import org.junit.jupiter.api.Test;

/** A coordinator of Kleindorp: process and steps, imports (one refused), heat map, findings, an action. */
class ProcessesJourneyIT extends BrowserTest {

    @Test
    void fromImportToHeatMapToAnAction() {
        String suffix = UUID.randomUUID().toString().substring(0, 4).toUpperCase();
        Page page = loggedInPage("kd.coordinator");
        page.navigate("/processes");
        assertAccessible(page);

        page.getByText("Nieuw (deel)proces").click();
        assertAccessible(page);
        page.getByLabel("Naam van het proces").fill("Reisdocumenten " + suffix);
        page.getByLabel("Kwetsbaar proces").selectOption("TRAVEL_DOCUMENTS");
        page.getByLabel("Proceseigenaar").fill("Teamleider Publiekszaken");
        page.locator("main form button[type=submit]").click();
        page.waitForURL(url -> url.matches(".*/processes/[0-9a-f-]{36}$"));
        assertAccessible(page);

        page.getByLabel("Kans, Huidig risico").selectOption("4");
        page.getByLabel("Impact, Huidig risico").selectOption("5");
        page.getByText("Beoordeling opslaan").click();
        assertThat(page.content()).contains("kans 4 × impact 5: zeer hoog");
        addStep(page, "IN-" + suffix, "Inname", "Innemen van reisdocumenten");
        addStep(page, "UIT-" + suffix, "Uitreiking", "uitreiken van reisdocumenten");
        assertAccessible(page);

        page.navigate("/processes/imports");
        assertAccessible(page);
        upload(
                page,
                "PERSONS",
                "personeelsnummer;naam;functie;afdeling;datum in dienst\n"
                        + "K1;Karel Kleinman;Baliemedewerker;Publiekszaken;01-01-2012\n"
                        + "K2;Kim Klaassen;Baliemedewerker;Publiekszaken;01-01-2025\n");
        assertThat(page.locator("#import-result").textContent()).contains("2 regels geïmporteerd");
        upload(
                page,
                "STEPS",
                "personeelsnummer;stapcode\nK1;IN-" + suffix + "\nK1;UIT-" + suffix + "\nK2;IN-" + suffix + "\nK9;UIT-"
                        + suffix + "\n");
        assertThat(page.locator("#import-result").textContent())
                .contains("Regel 5")
                .contains("K9")
                .contains("Er is niets geïmporteerd");
        assertAccessible(page);
        upload(
                page,
                "STEPS",
                "personeelsnummer;stapcode\nK1;IN-" + suffix + "\nK1;UIT-" + suffix + "\nK2;IN-" + suffix + "\n");
        assertThat(page.locator("#import-result").textContent()).contains("3 regels geïmporteerd");

        page.navigate("/processes/heatmap");
        assertAccessible(page);
        assertThat(page.locator("table.heatmap").textContent())
                .contains("Impact 5")
                .contains("zeer hoog");
        // the risk chart holds the table's counts and levels, cell by cell
        var heatCells = page.locator("table.heatmap tbody td");
        var chartCells = page.locator("#chart-risk table tbody td");
        assertThat(chartCells.count()).isEqualTo(heatCells.count()).isPositive();
        for (int i = 0; i < heatCells.count(); i++) {
            assertThat(chartCells.nth(i).textContent())
                    .isEqualTo(heatCells.nth(i).locator(".heat__count").textContent() + " ("
                            + heatCells.nth(i).locator(".heat__level").textContent() + ")");
        }
        assertThat(page.locator("#chart-risk svg[role=img] text").allTextContents())
                .contains("Impact 5");

        page.navigate("/processes/findings?kind=SOD_CONFLICT");
        assertAccessible(page);
        var finding = page.locator("ul.findings > li").first();
        assertThat(finding.textContent())
                .contains("Innemen en uitreiken van reisdocumenten")
                .doesNotContain("Karel");
        String pseudonym = finding.textContent().replaceAll("(?s).*?(P-[0-9A-F]{6}).*", "$1");
        finding.getByText("Maak er een actie van").click();
        assertThat(page.locator("#action-made").textContent()).contains("De actie staat in het actieplan.");
        assertAccessible(page);

        page.locator("#action-made a").click();
        page.waitForURL(url -> url.matches(".*/actions/[0-9a-f-]{36}$"));
        assertThat(page.content())
                .contains("Functiescheiding herstellen")
                .contains(pseudonym)
                .doesNotContain("Karel");
        assertAccessible(page);

        page.navigate("/processes/findings?kind=SOD_CONFLICT");
        page.locator("ul.findings > li")
                .first()
                .getByText("Gegevens van " + pseudonym)
                .click();
        assertThat(page.locator("h1").textContent()).contains("Karel Kleinman").contains(pseudonym);
        assertAccessible(page);

        Page phone = newPage(390, 844);
        login(phone, "kd.coordinator");
        phone.navigate("/processes/heatmap");
        assertAccessible(phone);
    }

    private static void addStep(Page page, String code, String name, String activity) {
        page.getByLabel("Code van de stap").fill(code);
        page.getByLabel("Naam van de stap").fill(name);
        page.getByLabel("Activiteit (voor functiescheiding)").fill(activity);
        page.locator("#steps form button[type=submit]").click();
        page.waitForLoadState();
        assertThat(page.locator("#steps table").textContent()).contains(code);
    }

    private static void upload(Page page, String kind, String csv) {
        page.navigate("/processes/imports");
        page.locator("#file-" + kind)
                .setInputFiles(
                        new FilePayload(kind.toLowerCase() + ".csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
        page.locator("#import-" + kind + " button[type=submit]").click();
        page.waitForSelector("#import-result");
    }
}
