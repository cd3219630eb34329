package nl.weerbaar.surveys.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import nl.weerbaar.platform.DutchTime;
import nl.weerbaar.platform.TenantContext;
import nl.weerbaar.support.Demo;
import nl.weerbaar.support.IntegrationTest;
import nl.weerbaar.support.WebClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Named comparison: a municipality is shown by name to other participating municipalities only while it agrees,
 * never when subtracting the named ones from the pooled average would single out one that did not; the consent is
 * off by default, set by the coordinator or administrator, audited, and withdrawn at once.
 */
class SurveyNamedComparisonIT extends IntegrationTest {

    @Autowired
    Surveys surveys;

    @Autowired
    Questionnaires questionnaires;

    @Autowired
    Upkeep upkeep;

    @Autowired
    Benchmark benchmark;

    @Autowired
    NamedComparison named;

    private Survey closedSurvey(UUID tenant, String title, int responses) {
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
            SurveyFixtures.responses(jdbc, tenant, s, null, responses, 1);
            upkeep.summarise(s);
            return s;
        });
    }

    @Test
    void onlyMunicipalitiesThatAgreeAreEverNamedAndWithdrawingCountsAtOnce() {
        String run = Integer.toHexString(new Random().nextInt(1 << 20));
        List<UUID> others = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            UUID id = UUID.randomUUID();
            String name = "Gemeente Naamtest" + run + "x" + i;
            jdbc.sql("SELECT platform_create_municipality(?, ?, ?, false)")
                    .params(id, "naam-" + run + "-" + i, name)
                    .query()
                    .singleRow();
            jdbc.sql("UPDATE municipality SET benchmark_opt_in = true WHERE id = ?")
                    .param(id)
                    .update();
            closedSurvey(id, "Enquête " + name, 12);
            others.add(id);
            names.add(name);
        }
        Survey own = closedSurvey(Demo.VOORBEELDSTAD, "Vergelijking " + run, 15);
        String page = "/surveys/" + own.id() + "/comparison";
        String api = "/api/v1/surveys/" + own.id() + "/comparison";
        String results = "/surveys/" + own.id() + "/results";
        WebClient coordinator = loginAs("coordinator");
        WebClient secretary = loginAs("secretaris");
        try {
            jdbc.sql("UPDATE municipality SET benchmark_opt_in = true WHERE id = ?")
                    .param(Demo.VOORBEELDSTAD)
                    .update();
            long pool = TenantContext.callAs(Demo.VOORBEELDSTAD, () -> benchmark.figures(Variant.CIVIL_SERVANT, 10))
                    .municipalities();
            assertThat(pool).isGreaterThanOrEqualTo(4);

            // Nobody agreed (the default): the average is there, no name is.
            assertNamed(coordinator, page, api, results, names, List.of());

            // The first agrees: named next to the average, the three others stay in it only.
            TenantContext.runAs(others.get(0), () -> named.consent(true));
            assertNamed(coordinator, page, api, results, names, List.of(names.get(0)));
            assertNamed(secretary, page, api, results, names, List.of(names.get(0)));
            HttpResponse<String> json = coordinator.getJson(api);
            assertThat(json.statusCode()).isEqualTo(200);
            assertThat(json.body())
                    .contains("\"otherMunicipalities\":" + pool)
                    .contains("\"named\":[\"" + names.get(0) + "\"]");

            // A second agrees: if only one or two would remain unnamed, the pool minus the named would give them away.
            TenantContext.runAs(others.get(1), () -> named.consent(true));
            assertNamed(
                    coordinator,
                    page,
                    api,
                    results,
                    names,
                    pool - 2 >= 3 ? List.of(names.get(0), names.get(1)) : List.of());

            // Withdrawing counts at once.
            TenantContext.runAs(others.get(1), () -> named.consent(false));
            assertNamed(coordinator, page, api, results, names, List.of(names.get(0)));
            TenantContext.runAs(others.get(0), () -> named.consent(false));
            assertNamed(coordinator, page, api, results, names, List.of());

            // A municipality that agreed but left the benchmark is named nowhere either.
            TenantContext.runAs(others.get(2), () -> named.consent(true));
            jdbc.sql("UPDATE municipality SET benchmark_opt_in = false WHERE id = ?")
                    .param(others.get(2))
                    .update();
            assertThat(coordinator.get(page).body()).doesNotContain(names.get(2));

            // Not taking part yourself: no average and no names.
            jdbc.sql("UPDATE municipality SET benchmark_opt_in = false WHERE id = ?")
                    .param(Demo.VOORBEELDSTAD)
                    .update();
            TenantContext.runAs(others.get(0), () -> named.consent(true));
            String outside = coordinator.get(page).body();
            assertThat(outside).contains("geen benchmark");
            names.forEach(n -> assertThat(outside).doesNotContain(n));
            assertThat(loginAs("medewerker").get(page).statusCode()).isEqualTo(403);
            assertThat(loginAs("medewerker").getJson(api).statusCode()).isEqualTo(403);
        } finally {
            jdbc.sql("UPDATE municipality SET benchmark_opt_in = false WHERE id = ?")
                    .param(Demo.VOORBEELDSTAD)
                    .update();
            jdbc.sql("UPDATE municipality SET benchmark_opt_in = false WHERE id = ANY (?)")
                    .param(others.toArray(new UUID[0]))
                    .update();
        }
    }

    private void assertNamed(
            WebClient client, String page, String api, String results, List<String> all, List<String> expected) {
        HttpResponse<String> html = client.get(page);
        assertThat(html.statusCode()).isEqualTo(200);
        HttpResponse<String> json = client.getJson(api);
        assertThat(json.statusCode()).isEqualTo(200);
        String resultsPage = client.get(results).body();
        for (String name : all) {
            boolean shown = expected.contains(name);
            assertThat(html.body().contains(name))
                    .as("%s on the comparison page", name)
                    .isEqualTo(shown);
            assertThat(json.body().contains(name)).as("%s in the API", name).isEqualTo(shown);
            assertThat(resultsPage).as("results page never names").doesNotContain(name);
        }
        assertThat(html.body()).contains("Andere gemeenten");
    }

    @Test
    void consentIsOffByDefaultSetByCoordinatorOrAdministratorAndAudited() {
        try {
            WebClient admin = loginAs("beheerder");
            HttpResponse<String> page = admin.get("/surveys/sharing");
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("niet bij naam getoond").doesNotContain("checked=\"checked\"");
            assertThat(admin.get("/").body()).contains("href=\"/surveys/sharing\"");

            admin.postForm("/surveys/sharing", Map.of("named", "true"));
            assertThat(TenantContext.callAs(Demo.VOORBEELDSTAD, named::consented))
                    .isTrue();
            assertThat(admin.get("/surveys/sharing").body())
                    .contains("checked=\"checked\"")
                    .contains("mag nu bij naam");

            WebClient coordinator = loginAs("coordinator");
            assertThat(coordinator.get("/surveys").body()).contains("href=\"/surveys/sharing\"");
            coordinator.get("/surveys/sharing");
            coordinator.postForm("/surveys/sharing", Map.of());
            assertThat(TenantContext.callAs(Demo.VOORBEELDSTAD, named::consented))
                    .isFalse();
            coordinator.postForm("/surveys/sharing", Map.of());

            List<String> audit = TenantContext.callAs(
                    Demo.VOORBEELDSTAD,
                    () -> jdbc.sql(
                                    "SELECT purpose FROM audit_event WHERE object_type = 'survey-named-consent' AND object_id = ? ORDER BY id")
                            .param(Demo.VOORBEELDSTAD.toString())
                            .query(String.class)
                            .list());
            assertThat(audit).endsWith("named comparison consent given", "named comparison consent withdrawn");

            assertThat(loginAs("secretaris").get("/surveys/sharing").statusCode())
                    .isEqualTo(403);
            assertThat(loginAs("medewerker")
                            .postForm("/surveys/sharing", Map.of("named", "true"))
                            .statusCode())
                    .isEqualTo(403);
            assertThat(TenantContext.callAs(Demo.VOORBEELDSTAD, named::consented))
                    .isFalse();
        } finally {
            TenantContext.runAs(Demo.VOORBEELDSTAD, () -> named.consent(false));
        }
    }
}
