package nl.weerbaar.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import nl.weerbaar.platform.TenantContext;
import nl.weerbaar.support.Demo;
import nl.weerbaar.support.IntegrationTest;
import nl.weerbaar.support.WebClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/** CSV and XLSX exports of the aggregates per role, and the coordinator's audited raw export. */
class InsightsExportIT extends IntegrationTest {

    static final String Q1_2021 = "granularity=QUARTER&at=2021-02-15";

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate tx;

    @BeforeEach
    void fixtures() {
        new Fixtures(events, tx, jdbc).voorbeeldstad2021();
    }

    @Test
    void csvOfTheBreakdownFollowsTheSmallNumberRule() {
        HttpResponse<String> coordinator =
                loginAs("coordinator").get("/insights/export.csv?table=dimension&by=DEPARTMENT&" + Q1_2021);
        assertThat(coordinator.statusCode()).isEqualTo(200);
        assertThat(coordinator.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(coordinator.body()).contains("Burgerzaken;7;").contains("Vergunningen;3;");
        String secretary = loginAs("secretaris")
                .get("/insights/export.csv?table=dimension&by=DEPARTMENT&" + Q1_2021)
                .body();
        // 10 - 7 would give the hidden 3 back: the 7 is hidden with it.
        assertThat(secretary)
                .contains("Burgerzaken;verborgen;")
                .contains("Vergunningen;<5;")
                .doesNotContain(";7;");
        String manager = loginAs("leidinggevende")
                .get("/insights/export.csv?table=dimension&by=DEPARTMENT&" + Q1_2021)
                .body();
        assertThat(manager).contains("Burgerzaken;7;").doesNotContain("Vergunningen");
    }

    @Test
    void csvTextCannotStartAFormula() {
        String processes = loginAs("coordinator")
                .get("/insights/export.csv?table=dimension&by=WORK_PROCESS&" + Q1_2021)
                .body();
        assertThat(processes)
                .contains("'=HYPERLINK")
                .doesNotContain(";=HYPERLINK")
                .doesNotContain("\n=HYPERLINK");
    }

    @Test
    void xlsxHoldsEveryAggregate() throws Exception {
        WebClient client = loginAs("secretaris");
        HttpResponse<byte[]> response = client.http()
                .send(
                        HttpRequest.newBuilder(client.uri("/insights/export.xlsx?" + Q1_2021 + "&by=DEPARTMENT"))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        StringBuilder all = new StringBuilder();
        int sheets = 0;
        java.nio.file.Path file = java.nio.file.Files.createTempFile("insights", ".xlsx");
        java.nio.file.Files.write(file, response.body());
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                if (e.getName().startsWith("xl/worksheets/sheet")) {
                    sheets++;
                }
                all.append(new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8));
            }
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
        assertThat(sheets).isEqualTo(7);
        assertThat(all).contains("Vergunningen").contains("&lt;5").contains("Burgerzaken");
    }

    @Test
    void rawExportIsForTheCoordinatorOnlyAndAudited() {
        assertThat(loginAs("secretaris")
                        .get("/insights/export/raw.csv?" + Q1_2021)
                        .statusCode())
                .isEqualTo(403);
        assertThat(loginAs("leidinggevende")
                        .get("/insights/export/raw.csv?" + Q1_2021)
                        .statusCode())
                .isEqualTo(403);
        HttpResponse<String> raw = loginAs("coordinator").get("/insights/export/raw.csv?" + Q1_2021);
        assertThat(raw.statusCode()).isEqualTo(200);
        assertThat(raw.body().lines().filter(l -> l.contains("2021-0")).count()).isEqualTo(10);
        assertThat(raw.body()).contains("'=HYPERLINK").contains("<script>alert(1)</script>");
        long audited = TenantContext.callAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql(
                                "SELECT count(*) FROM audit_event WHERE action = 'EXPORT' AND object_type = 'insights-raw' AND actor_name = 'coordinator'")
                        .query(Long.class)
                        .single());
        assertThat(audited).isPositive();
    }

    @Test
    void unknownTableIsNotFound() {
        assertThat(loginAs("coordinator")
                        .get("/insights/export.csv?table=secrets")
                        .statusCode())
                .isEqualTo(404);
    }
}
