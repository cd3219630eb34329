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
import nl.weerbaar.platform.Organisation;
import nl.weerbaar.platform.TenantContext;
import nl.weerbaar.support.Demo;
import nl.weerbaar.support.IntegrationTest;
import nl.weerbaar.support.PdfChecks;
import nl.weerbaar.support.WebClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Results under the group-size rule, complementary suppression and the benchmark opt-in. */
class SurveyResultsIT extends IntegrationTest {

    @Autowired
    Surveys surveys;

    @Autowired
    Questionnaires questionnaires;

    @Autowired
    ResultsService results;

    @Autowired
    Upkeep upkeep;

    @Autowired
    Benchmark benchmark;

    @Autowired
    Organisation organisation;

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
            return surveys.get(id);
        });
    }

    @Test
    void noCombinationOfFiltersSinglesOutAResponse() {
        Survey survey = closedSurvey(Demo.VOORBEELDSTAD, "Filters");
        Map<String, UUID> dep = new java.util.HashMap<>();
        TenantContext.runAs(
                Demo.VOORBEELDSTAD, () -> organisation.departments().forEach(d -> dep.put(d.code(), d.id())));
        int[] sizes = {25, 12, 3, 1, 9};
        String[] codes = {"BZ", "VG", "TH", "SD", "BEL"};
        Random random = new Random(7);
        TenantContext.runAs(Demo.VOORBEELDSTAD, () -> {
            for (int d = 0; d < codes.length; d++) {
                for (int i = 0; i < sizes[d]; i++) {
                    SurveyFixtures.responses(jdbc, Demo.VOORBEELDSTAD, survey, dep.get(codes[d]), 1, random.nextInt(4));
                }
            }
            SurveyFixtures.responses(jdbc, Demo.VOORBEELDSTAD, survey, null, 2, 1);
        });
        List<String> filters =
                new ArrayList<>(dep.values().stream().map(UUID::toString).toList());
        filters.add(null);
        filters.add(Suppression.OTHER);
        filters.add("niet-bestaand");
        int k = survey.minGroupSize();
        for (String filter : filters) {
            Results r = TenantContext.callAs(Demo.VOORBEELDSTAD, () -> results.results(survey, filter));
            assertThat(r.enough()).isTrue();
            assertThat(r.groups()).allSatisfy(g -> assertThat(g.n()).isGreaterThanOrEqualTo(k));
            assertThat(r.groups())
                    .extracting(Results.Group::key)
                    .doesNotContain(
                            dep.get("TH").toString(),
                            dep.get("SD").toString(),
                            dep.get("BEL").toString());
            for (Results.Row row : r.rows()) {
                if (!row.question().choice()) {
                    continue;
                }
                assertThat(row.total().n()).isGreaterThanOrEqualTo(k);
                long visible = 0;
                for (Share cell : row.cells().values()) {
                    assertThat(cell.n()).isGreaterThanOrEqualTo(k);
                    visible += cell.n();
                }
                long rest = row.total().n() - visible;
                assertThat(rest == 0 || rest >= k)
                        .as(
                                "total minus visible groups for %s with filter %s: %s",
                                row.question().code(), filter, rest)
                        .isTrue();
                if (row.distribution() != null) {
                    assertThat(row.distribution().stream()
                                    .mapToLong(Long::longValue)
                                    .sum())
                            .isGreaterThanOrEqualTo(k);
                }
            }
            if (filter != null
                    && (filter.equals(dep.get("TH").toString())
                            || filter.equals(dep.get("SD").toString()))) {
                assertThat(r.selected()).isEqualTo(Suppression.OTHER);
            }
        }
        // other = 3 + 1 + 9 + 2 = 15: VG (12) stays visible; BZ and VG are the only named groups
        Results all = TenantContext.callAs(Demo.VOORBEELDSTAD, () -> results.results(survey, null));
        assertThat(all.groups()).extracting(Results.Group::n).containsExactly(25L, 12L, 15L);
    }

    @Test
    void tooFewResponsesShowNothingAndOpenSurveysShowNoResults() {
        Survey survey = closedSurvey(Demo.VOORBEELDSTAD, "Te klein");
        TenantContext.runAs(
                Demo.VOORBEELDSTAD, () -> SurveyFixtures.responses(jdbc, Demo.VOORBEELDSTAD, survey, null, 9, 1));
        Results r = TenantContext.callAs(Demo.VOORBEELDSTAD, () -> results.results(survey, null));
        assertThat(r.enough()).isFalse();
        assertThat(r.rows()).isEmpty();
        WebClient coordinator = loginAs("coordinator");
        assertThat(coordinator.get("/surveys/" + survey.id() + "/results").body())
                .contains("te weinig antwoorden");
        UUID open = TenantContext.callAs(
                Demo.VOORBEELDSTAD,
                () -> surveys.create(
                        "Nog open",
                        Variant.CIVIL_SERVANT,
                        questionnaires.latest(Variant.CIVIL_SERVANT).id(),
                        LocalDate.now(DutchTime.ZONE),
                        LocalDate.now(DutchTime.ZONE).plusDays(5),
                        10,
                        null));
        var pending = coordinator.get("/surveys/" + open + "/results");
        assertThat(pending.statusCode()).isEqualTo(409);
        assertThat(pending.body())
                .contains("De resultaten zijn er zodra de enquête gesloten is: de dag na "
                        + LocalDate.now(DutchTime.ZONE)
                                .plusDays(5)
                                .format(java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy")))
                .doesNotContain("Niet gevonden");
    }

    @Test
    void freeTextIsForTheCoordinatorOnlyWithAWarning() throws Exception {
        Survey survey = closedSurvey(Demo.VOORBEELDSTAD, "Open antwoorden");
        TenantContext.runAs(Demo.VOORBEELDSTAD, () -> {
            SurveyFixtures.responses(jdbc, Demo.VOORBEELDSTAD, survey, null, 12, 2);
            jdbc.sql(
                            "INSERT INTO survey_comment (id, tenant_id, survey_id, question_code, body) VALUES (?, ?, ?, 'SUGGESTION', ?)")
                    .params(UUID.randomUUID(), Demo.VOORBEELDSTAD, survey.id(), "<b>Meer steun</b> na incidenten")
                    .update();
        });
        HttpResponse<String> coordinator = loginAs("coordinator").get("/surveys/" + survey.id() + "/results");
        assertThat(coordinator.statusCode()).isEqualTo(200);
        assertThat(coordinator.body())
                .contains("&lt;b&gt;Meer steun&lt;/b&gt; na incidenten")
                .contains("kunnen iemand herkenbaar maken");
        HttpResponse<String> secretary = loginAs("secretaris").get("/surveys/" + survey.id() + "/results");
        assertThat(secretary.statusCode()).isEqualTo(200);
        assertThat(secretary.body()).doesNotContain("Meer steun").contains("Totaal");
        assertThat(loginAs("medewerker")
                        .get("/surveys/" + survey.id() + "/results")
                        .statusCode())
                .isEqualTo(403);
        WebClient client = loginAs("coordinator");
        HttpResponse<byte[]> pdf = client.http()
                .send(
                        java.net.http.HttpRequest.newBuilder(client.uri("/surveys/" + survey.id() + "/report.pdf"))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        PdfChecks.keep(pdf.body(), "surveys-report.pdf");
        assertThat(PdfChecks.assertAccessible(pdf.body(), "nl")).contains("H1", "Table", "TH", "TD");
        assertThat(PdfChecks.text(pdf.body()))
                .contains("Open antwoorden")
                .contains("Totaal")
                .doesNotContain("Meer steun");
    }

    @Test
    void benchmarkPoolsOnlyMunicipalitiesThatOptedInAndNeedsThreeOfThem() {
        List<UUID> others = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            UUID id = UUID.randomUUID();
            String slug = "bench-" + Integer.toHexString(new Random().nextInt(1 << 20)) + i;
            jdbc.sql("SELECT platform_create_municipality(?, ?, ?, false)")
                    .params(id, slug, "Gemeente " + slug)
                    .query()
                    .singleRow();
            jdbc.sql("UPDATE municipality SET benchmark_opt_in = true WHERE id = ?")
                    .param(id)
                    .update();
            int value = i;
            TenantContext.runAs(id, () -> {
                Survey s = closedSurvey(id, "Benchmark " + slug);
                SurveyFixtures.responses(jdbc, id, s, null, 12, value);
                upkeep.summarise(s);
            });
            others.add(id);
        }
        Question intimidation =
                BuiltInQuestionnaire.questions(Variant.CIVIL_SERVANT).get(0);
        try {
            jdbc.sql("UPDATE municipality SET benchmark_opt_in = false WHERE id = ?")
                    .param(Demo.VOORBEELDSTAD)
                    .update();
            assertThat(TenantContext.callAs(Demo.VOORBEELDSTAD, () -> benchmark.figures(Variant.CIVIL_SERVANT, 10))
                            .municipalities())
                    .as("not opted in: no figures of others")
                    .isZero();

            jdbc.sql("UPDATE municipality SET benchmark_opt_in = true WHERE id = ?")
                    .param(Demo.VOORBEELDSTAD)
                    .update();
            Benchmark.Figures figures =
                    TenantContext.callAs(Demo.VOORBEELDSTAD, () -> benchmark.figures(Variant.CIVIL_SERVANT, 10));
            assertThat(figures.municipalities()).isGreaterThanOrEqualTo(3);
            // answers 0, 1 and 2 from 12 people each: two of three municipalities count as "at least once"
            if (figures.municipalities() == 3) {
                assertThat(figures.share(intimidation).hits()).isEqualTo(24);
                assertThat(figures.share(intimidation).n()).isEqualTo(36);
            }
            String result = jdbc.sql("SELECT pg_get_function_result('survey_benchmark(text, integer)'::regprocedure)")
                    .query(String.class)
                    .single();
            assertThat(result).doesNotContain("name").doesNotContain("tenant").doesNotContain("slug");

            jdbc.sql("UPDATE municipality SET benchmark_opt_in = false WHERE id = ANY (?)")
                    .param(others.subList(0, 2).toArray(new UUID[0]))
                    .update();
            Benchmark.Figures fewer =
                    TenantContext.callAs(Demo.VOORBEELDSTAD, () -> benchmark.figures(Variant.CIVIL_SERVANT, 10));
            assertThat(fewer.municipalities() == 0 || fewer.municipalities() >= 3)
                    .isTrue();
            assertThat(fewer.answers().isEmpty() || fewer.municipalities() >= 3).isTrue();
        } finally {
            jdbc.sql("UPDATE municipality SET benchmark_opt_in = false WHERE id = ?")
                    .param(Demo.VOORBEELDSTAD)
                    .update();
            jdbc.sql("UPDATE municipality SET benchmark_opt_in = false WHERE id = ANY (?)")
                    .param(others.toArray(new UUID[0]))
                    .update();
        }
    }

    @Test
    void theSecretaryReachesAggregatedResultsOfClosedSurveysFromTheMenu() {
        Survey closed = closedSurvey(Demo.VOORBEELDSTAD, "Voor de secretaris");
        TenantContext.runAs(Demo.VOORBEELDSTAD, () -> {
            SurveyFixtures.responses(jdbc, Demo.VOORBEELDSTAD, closed, null, 12, 1);
            jdbc.sql(
                            "INSERT INTO survey_comment (id, tenant_id, survey_id, question_code, body) VALUES (?, ?, ?, 'SUGGESTION', ?)")
                    .params(UUID.randomUUID(), Demo.VOORBEELDSTAD, closed.id(), "Vrije tekst voor de coordinator")
                    .update();
        });
        UUID open = TenantContext.callAs(
                Demo.VOORBEELDSTAD,
                () -> surveys.create(
                        "Nog lopend voor secretaris",
                        Variant.CIVIL_SERVANT,
                        questionnaires.latest(Variant.CIVIL_SERVANT).id(),
                        LocalDate.now(DutchTime.ZONE),
                        LocalDate.now(DutchTime.ZONE).plusDays(5),
                        10,
                        null));
        WebClient secretary = loginAs("secretaris");
        String home = secretary.get("/").body();
        assertThat(home.substring(home.indexOf("<nav"), home.indexOf("</nav>"))).contains("href=\"/surveys\"");
        HttpResponse<String> list = secretary.get("/surveys");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body())
                .contains("Voor de secretaris")
                .contains("href=\"/surveys/" + closed.id() + "/results\"")
                .doesNotContain("Nog lopend voor secretaris")
                .doesNotContain("href=\"/surveys/new\"")
                .doesNotContain("href=\"/surveys/" + closed.id() + "\"");
        HttpResponse<String> page = secretary.get("/surveys/" + closed.id() + "/results");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("Totaal")
                .doesNotContain("Vrije tekst voor de coordinator")
                .doesNotContain("Open antwoorden")
                .doesNotContain("/surveys/" + closed.id() + "/actions");
        assertThat(secretary.get("/surveys/" + closed.id()).statusCode()).isEqualTo(403);
        assertThat(secretary.get("/surveys/" + open).statusCode()).isEqualTo(403);
        assertThat(secretary.get("/surveys/new").statusCode()).isEqualTo(403);
        assertThat(loginAs("coordinator").get("/surveys").body())
                .contains("Nog lopend voor secretaris")
                .contains("href=\"/surveys/" + closed.id() + "/results\"");
    }
}
