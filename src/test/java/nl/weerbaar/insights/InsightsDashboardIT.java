package nl.weerbaar.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;
import nl.weerbaar.platform.TenantContext;
import nl.weerbaar.support.Demo;
import nl.weerbaar.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/** The dashboard page per role in Voorbeeldstad, Q1 2021 (see Fixtures#voorbeeldstad2021): who sees what, small numbers, drill-down, bad input. */
class InsightsDashboardIT extends IntegrationTest {

    static final String Q1_2021 = "/insights?granularity=QUARTER&at=2021-02-15";
    static UUID burgerzaken;
    static UUID vergunningen;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate tx;

    @BeforeEach
    void fixtures() {
        UUID[] ids = new Fixtures(events, tx, jdbc).voorbeeldstad2021();
        burgerzaken = ids[0];
        vergunningen = ids[1];
    }

    @Autowired
    @org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping")
    org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping mappings;

    private boolean incidentListPresent() {
        return mappings.getHandlerMethods().keySet().stream()
                .anyMatch(i -> i.getPatternValues().contains("/incidents"));
    }

    private UUID departmentId(UUID tenant, String code) {
        return new Fixtures(events, tx, jdbc).departmentId(tenant, code);
    }

    @Test
    void coordinatorSeesExactCountsWithDrillDown() {
        HttpResponse<String> page = loginAs("coordinator").get(Q1_2021 + "&by=DEPARTMENT");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("data-test=\"total-now\">10<")
                .contains(">3</a>")
                .doesNotContain("&lt;5");
        if (incidentListPresent()) {
            assertThat(page.body())
                    .contains("/incidents?department=" + vergunningen + "&amp;from=2021-01-01&amp;to=2021-03-31")
                    .contains("/incidents?department=" + burgerzaken
                            + "&amp;kind=VERBAL_AGGRESSION&amp;from=2021-01-01&amp;to=2021-03-31");
        } else {
            assertThat(page.body()).as("no links into a list that is not there").doesNotContain("href=\"/incidents");
        }
    }

    @Test
    void secretarySeesTheMunicipalityWithSmallNumbersHidden() {
        String body = loginAs("secretaris").get(Q1_2021 + "&by=DEPARTMENT").body();
        assertThat(body)
                .contains("data-test=\"total-now\">10<")
                .contains("&lt;5")
                .doesNotContain(">3</a>")
                .doesNotContain(">7</a>")
                .contains(">verborgen</a>")
                .contains("Vergunningen");
    }

    @Test
    void managerSeesOnlyTheOwnDepartmentWhateverTheFilterSays() {
        String body = loginAs("leidinggevende")
                .get(Q1_2021 + "&department=" + vergunningen)
                .body();
        assertThat(body)
                .contains("data-test=\"total-now\">7<")
                .contains("Afdeling Burgerzaken")
                .doesNotContain("department=" + vergunningen);
    }

    @Test
    void workProcessTextIsShownAsText() {
        String body = loginAs("coordinator").get(Q1_2021 + "&by=WORK_PROCESS").body();
        assertThat(body).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert(1)");
    }

    @Test
    void otherRolesAreRefusedAndForeignIdsAreNotFound() {
        assertThat(loginAs("medewerker").get("/insights").statusCode()).isEqualTo(403);
        assertThat(anonymous().get("/insights").statusCode()).isIn(302, 401);
        UUID kleindorp = departmentId(Demo.KLEINDORP, "PUB");
        assertThat(loginAs("coordinator")
                        .get("/insights?department=" + kleindorp)
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void badFilterInputGetsADutchMessage() {
        HttpResponse<String> page = loginAs("coordinator").get("/insights?at=31-02-2021&kind=NONSENSE");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("Vul een geldige datum in, bijvoorbeeld 31-03-2026.")
                .contains("Kies een soort incident uit de lijst")
                .contains("aria-invalid=\"true\"");
    }

    @Test
    void aDateTypedTheDutchWayChoosesThePeriod() {
        // what a browser without a date picker lets a person type
        String body = loginAs("coordinator")
                .get("/insights?granularity=QUARTER&at=15-2-2021&by=DEPARTMENT")
                .body();
        assertThat(body)
                .contains("Periode 2021-K1")
                .contains("data-test=\"total-now\">10<")
                .doesNotContain("Vul een geldige datum in");
    }

    @Test
    void everyViewIsAudited() {
        loginAs("secretaris").get(Q1_2021);
        long reads = TenantContext.callAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql(
                                "SELECT count(*) FROM audit_event WHERE object_type = 'insights-dashboard' AND actor_name = 'secretaris'")
                        .query(Long.class)
                        .single());
        assertThat(reads).isPositive();
    }
}
