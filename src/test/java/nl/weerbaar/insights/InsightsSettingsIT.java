package nl.weerbaar.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import nl.weerbaar.platform.TenantContext;
import nl.weerbaar.support.Demo;
import nl.weerbaar.support.IntegrationTest;
import nl.weerbaar.support.WebClient;
import org.junit.jupiter.api.Test;

/** The coordinator's settings: validation per field in Dutch, all-or-nothing saving, only for the coordinator. */
class InsightsSettingsIT extends IntegrationTest {

    @Test
    void badInputIsRefusedPerFieldAndNothingIsSaved() {
        Boolean before = optIn();
        WebClient kd = loginAs("kd.coordinator");
        kd.get("/insights/settings");
        HttpResponse<String> r = kd.postForm(
                "/insights/settings",
                Map.of(
                        "benchmarkOptIn",
                        "true",
                        "minCell",
                        "abc",
                        "reportRecipients",
                        "geen-adres, <script>x</script>"));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body())
                .contains("Vul een heel getal in.")
                .contains("Een van de e-mailadressen is niet geldig.")
                .contains("aria-invalid=\"true\"")
                .contains("&lt;script&gt;")
                .doesNotContain("<script>x");
        assertThat(optIn()).isEqualTo(before);
    }

    @Test
    void validSettingsAreSavedAndAudited() {
        WebClient kd = loginAs("kd.coordinator");
        kd.get("/insights/settings");
        HttpResponse<String> r = kd.postForm(
                "/insights/settings",
                Map.of("benchmarkOptIn", "true", "minCell", "7", "reportRecipients", "a@kleindorp.nl; b@kleindorp.nl"));
        assertThat(r.body()).contains("De instellingen zijn opgeslagen.");
        assertThat(optIn()).isTrue();
        assertThat(TenantContext.callAs(
                        Demo.KLEINDORP,
                        () -> jdbc.sql("SELECT report_recipients FROM insights_settings")
                                .query(String.class)
                                .single()))
                .isEqualTo("a@kleindorp.nl, b@kleindorp.nl");
        assertThat(TenantContext.callAs(
                        Demo.KLEINDORP,
                        () -> jdbc.sql("SELECT min_cell FROM insights_settings")
                                .query(Integer.class)
                                .single()))
                .isEqualTo(7);
    }

    @Test
    void onlyTheCoordinatorOrAdministratorMayChangeThem() {
        assertThat(loginAs("secretaris").get("/insights/settings").statusCode()).isEqualTo(403);
        assertThat(loginAs("leidinggevende").get("/insights/settings").statusCode())
                .isEqualTo(403);
    }

    private Boolean optIn() {
        return TenantContext.callAs(
                Demo.KLEINDORP,
                () -> jdbc.sql("SELECT benchmark_opt_in FROM insights_settings")
                        .query(Boolean.class)
                        .optional()
                        .orElse(null));
    }
}
