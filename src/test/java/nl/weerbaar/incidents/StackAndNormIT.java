package nl.weerbaar.incidents;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.util.UUID;
import nl.weerbaar.support.BrowserTest;
import nl.weerbaar.support.PdfChecks;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;

/** Stacking with the police-report dossier, and the norm with its response schema. */
class StackAndNormIT extends BrowserTest {

    String report(String description, String perpetrator) {
        var response = new ReportApiIT()
                .postAs(baseUrl(), "medewerker", "stack-" + UUID.randomUUID(), """
        {"kinds": ["THREAT_VIOLENCE"], "locationType": "STREET", "occurredAt": "2026-11-10T08:00:00Z",
         "description": "%s", "perpetratorReference": "%s"}""".formatted(description, perpetrator));
        assertThat(response.statusCode()).isEqualTo(201);
        return response.body().replaceAll(".*\"id\"\\s*:\\s*\"([^\"]+)\".*", "$1");
    }

    static String text(byte[] pdf) {
        return PdfChecks.text(pdf);
    }

    @Test
    void incidentsAboutTheSameAddressStackAndExportAsOneDossier() throws Exception {
        String street = "Lindelaan " + (int) (Math.random() * 10_000);
        String first = report("Eerste keer bedreigd bij controle " + street, street);
        String second = report("Tweede keer bedreigd bij controle " + street, street.toUpperCase() + ".");
        String separate = report("Los incident elders " + UUID.randomUUID(), "Elders 1");

        Page coordinator = loggedInPage("coordinator");
        coordinator.navigate("/incidents/" + second);
        assertThat(coordinator.locator("#stack li")).hasCount(2);
        assertThat(coordinator.locator("#stack")).containsText("(dit incident)");
        coordinator.locator("#linked").fill(separate);
        coordinator.locator("#stack form button").click();
        assertThat(coordinator.locator("#stack li")).hasCount(3);
        assertAccessible(coordinator);

        Download download = coordinator.waitForDownload(
                () -> coordinator.locator("#stack a[href$='dossier.pdf']").click());
        byte[] pdf = Files.readAllBytes(download.path());
        PdfChecks.keep(pdf, "incidents-dossier.pdf");
        assertThat(PdfChecks.assertAccessible(pdf, "nl")).contains("H1", "H2", "Table", "TH", "TD");
        String text = text(pdf);
        assertThat(text)
                .contains("Dossier voor aangifte")
                .contains("Eerste keer bedreigd")
                .contains("Tweede keer bedreigd")
                .contains("Los incident elders");

        var headers = anonymous()
                .http()
                .send(
                        java.net.http.HttpRequest.newBuilder(
                                        java.net.URI.create(baseUrl() + "/incidents/" + first + "/dossier.pdf"))
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.discarding());
        assertThat(headers.statusCode()).isIn(302, 401, 403);
    }

    String number(String id) {
        return nl.weerbaar.platform.TenantContext.callAs(
                nl.weerbaar.support.Demo.VOORBEELDSTAD,
                () -> jdbc.sql("SELECT case_number FROM incident WHERE id = ?")
                        .param(UUID.fromString(id))
                        .query(String.class)
                        .single());
    }

    @Test
    void theCoordinatorStacksTwoCasesByNumberAndTheDossierListsBothNumbers() throws Exception {
        String first = report("Bedreigd bij de milieustraat " + UUID.randomUUID(), "Elders " + UUID.randomUUID());
        String second =
                report("Opnieuw bedreigd, nu aan de telefoon " + UUID.randomUUID(), "Anders " + UUID.randomUUID());
        String confidential = new ReportApiIT()
                .postAs(baseUrl(), "medewerker", "stack-" + UUID.randomUUID(), """
        {"kinds": ["THREAT_VIOLENCE"], "locationType": "STREET", "description": "Vertrouwelijk", "confidentiality": "CIVIL_SERVANTS"}""")
                .body()
                .replaceAll(".*\"id\"\\s*:\\s*\"([^\"]+)\".*", "$1");
        String firstNumber = number(first);
        String secondNumber = number(second);

        Page coordinator = loggedInPage("coordinator");
        coordinator.navigate("/incidents/" + second);
        // the cases the coordinator handles are offered while typing; a confidential one is not
        assertThat(coordinator.locator("#stack-suggestions option[value='" + firstNumber + "']"))
                .hasCount(1);
        assertThat(coordinator.locator("#stack-suggestions option[value='" + number(confidential) + "']"))
                .hasCount(0);
        // a number the coordinator may not see is refused as unknown, and nothing is stacked
        coordinator.locator("#linked").fill(number(confidential));
        coordinator.locator("#stack form button").click();
        assertThat(coordinator.locator("#linked-error")).containsText("bestaat niet");
        coordinator.locator("#linked").fill("Lindelaan");
        coordinator.locator("#stack form button").click();
        assertThat(coordinator.locator("#linked-error")).containsText("zaaknummer");
        // typed as people read it out: lower case, without the zeros
        coordinator.locator("#linked").fill(firstNumber.toLowerCase().replaceAll("-0+", "-"));
        coordinator.locator("#stack form button").click();
        assertThat(coordinator.locator("#stack li")).hasCount(2);
        assertThat(coordinator.locator("#stack")).containsText(firstNumber);
        assertThat(coordinator.locator("#stack")).containsText(secondNumber);
        assertAccessible(coordinator);

        Download download = coordinator.waitForDownload(
                () -> coordinator.locator("#stack a[href$='dossier.pdf']").click());
        String text = text(Files.readAllBytes(download.path()));
        assertThat(text).contains(firstNumber).contains(secondNumber);
    }

    @Test
    void coordinatorSetsTheNormManagerSeesTheSchemaWhenChoosingAResponseAndItPrintsOnOneA4() throws Exception {
        Page coordinator = loggedInPage("coordinator");
        coordinator.navigate("/incidents/norm");
        assertAccessible(coordinator);
        String schema = "Schelden: ordegesprek. Dreigen: aangifte en gebouwverbod. " + UUID.randomUUID();
        coordinator.locator("#norm").fill("Bij ons: respect <b>voor</b> elkaar.");
        coordinator.locator("#schema").fill(schema);
        coordinator.locator("form.form button[type=submit]").click();
        assertThat(coordinator.locator(".alert--success")).containsText("opgeslagen");
        assertThat(coordinator.locator("#h-norm + p")).hasText("Bij ons: respect <b>voor</b> elkaar.");

        String id = report("Dreigend gedrag bij de balie " + UUID.randomUUID(), "Onbekend " + UUID.randomUUID());
        Page manager = loggedInPage("leidinggevende");
        manager.navigate("/incidents/" + id);
        assertThat(manager.locator("#response-schema")).containsText(schema);

        Download download = manager.waitForDownload(() -> {
            manager.navigate("/incidents/norm");
            manager.locator("a[href$='norm.pdf']").click();
        });
        byte[] pdf = Files.readAllBytes(download.path());
        PdfChecks.keep(pdf, "incidents-norm.pdf");
        assertThat(PdfChecks.assertAccessible(pdf, "nl")).contains("H1", "H2", "P");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            PDRectangle size = doc.getPage(0).getMediaBox();
            assertThat(size.getWidth()).isBetween(594f, 596f);
            assertThat(size.getHeight()).isBetween(841f, 843f);
            assertThat(doc.getDocumentInformation().getTitle()).startsWith("Norm en responsschema");
        }
        assertThat(text(pdf)).contains(schema.substring(0, 20)).contains("Bij ons: respect <b>voor</b> elkaar.");

        Page employee = loggedInPage("medewerker");
        employee.navigate("/incidents/norm");
        assertThat(employee.locator("#norm")).hasCount(0);
    }
}
