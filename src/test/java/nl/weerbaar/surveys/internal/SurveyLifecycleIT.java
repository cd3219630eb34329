package nl.weerbaar.surveys.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.weerbaar.platform.DutchTime;
import nl.weerbaar.platform.TenantContext;
import nl.weerbaar.support.Demo;
import nl.weerbaar.support.IntegrationTest;
import nl.weerbaar.support.WebClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A questionnaire edited while the survey runs, and reminders to those who have not answered. */
class SurveyLifecycleIT extends IntegrationTest {

    private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"([0-9a-f-]{36})\"");

    @Autowired
    Surveys surveys;

    @Autowired
    Questionnaires questionnaires;

    @Autowired
    Invitations invitations;

    @Autowired
    DailySurveyJob job;

    @Autowired
    Respondents respondents;

    private Survey openSurvey(String title) {
        return TenantContext.callAs(
                Demo.VOORBEELDSTAD,
                () -> surveys.get(surveys.create(
                        title,
                        Variant.OFFICE_HOLDER,
                        questionnaires.latest(Variant.OFFICE_HOLDER).id(),
                        LocalDate.now(DutchTime.ZONE),
                        LocalDate.now(DutchTime.ZONE).plusDays(10),
                        10,
                        null)));
    }

    private String invite(Survey survey, String email) throws Exception {
        TenantContext.runAs(
                Demo.VOORBEELDSTAD,
                () -> invitations.invite(survey, List.of(email), null, Locale.forLanguageTag("nl")));
        return SurveyFixtures.tokensMailedTo(email).get(0);
    }

    private static String version(String html) {
        Matcher m = VERSION.matcher(html);
        assertThat(m.find()).as("version field in form").isTrue();
        return m.group(1);
    }

    @Test
    void answersBelongToTheVersionTheyWereGivenIn() throws Exception {
        Survey survey = openSurvey("Versiewissel");
        String early = invite(survey, SurveyFixtures.address("vroeg"));
        String late = invite(survey, SurveyFixtures.address("laat"));

        WebClient respondent = anonymous();
        String v1 = version(respondent.get("/s/" + early).body());
        assertThat(v1).isEqualTo(survey.questionnaireId().toString());

        Questionnaires.Version current =
                TenantContext.callAs(Demo.VOORBEELDSTAD, () -> questionnaires.byId(survey.questionnaireId()));
        WebClient coordinator = loginAs("coordinator");
        coordinator.get("/surveys/" + survey.id() + "/questionnaire");
        Map<String, String> edit = new HashMap<>();
        for (Question q : current.questions()) {
            if (!q.code().equals("FEELS_SAFE")) {
                edit.put("keep_" + q.code(), "on");
                edit.put(
                        "text_" + q.code(),
                        q.code().equals("THREAT_12M") ? "Bent u bedreigd in het afgelopen jaar?" : q.text());
            }
        }
        HttpResponse<String> saved = coordinator.postForm("/surveys/" + survey.id() + "/questionnaire", edit);
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);

        HttpResponse<String> sent = respondent.postForm("/s/" + early, withVersion(SurveyFixtures.answers(1), v1));
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(302);

        HttpResponse<String> newForm = anonymous().get("/s/" + late);
        String v2 = version(newForm.body());
        assertThat(v2).isNotEqualTo(v1);
        assertThat(newForm.body())
                .contains("Bent u bedreigd in het afgelopen jaar?")
                .doesNotContain("Ik voel me veilig");

        TenantContext.runAs(Demo.VOORBEELDSTAD, () -> {
            Map<String, Object> row = jdbc.sql(
                            "SELECT questionnaire_id::text AS v, (answers -> 'FEELS_SAFE') IS NOT NULL AS has FROM "
                                    + "survey_response WHERE survey_id = ?")
                    .param(survey.id())
                    .query()
                    .singleRow();
            assertThat(row.get("v")).isEqualTo(v1);
            assertThat(row.get("has")).isEqualTo(true);
            assertThat(surveys.versions(survey.id())).hasSize(2);
            assertThat(questionnaires.byId(UUID.fromString(v1)).question("FEELS_SAFE"))
                    .isPresent();
        });
    }

    @Test
    void remindersGoOnlyToThoseWhoHaveNotAnsweredWithAFreshLink() throws Exception {
        Survey survey = openSurvey("Herinneringen");
        String answered = SurveyFixtures.address("klaar");
        String waiting = SurveyFixtures.address("wacht");
        String answeredToken = invite(survey, answered);
        String oldToken = invite(survey, waiting);
        WebClient respondent = anonymous();
        respondent.get("/s/" + answeredToken);
        assertThat(respondent
                        .postForm("/s/" + answeredToken, SurveyFixtures.answers(0))
                        .statusCode())
                .isEqualTo(302);

        TenantContext.runAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql("UPDATE survey_invitation SET last_sent_on = ? WHERE survey_id = ?")
                        .params(LocalDate.now(DutchTime.ZONE).minusDays(8), survey.id())
                        .update());
        int sent = TenantContext.callAs(Demo.VOORBEELDSTAD, () -> job.runForCurrentMunicipality());
        assertThat(sent).isGreaterThanOrEqualTo(1);

        List<String> tokens = SurveyFixtures.tokensMailedTo(waiting);
        assertThat(tokens).hasSize(2);
        assertThat(SurveyFixtures.subjectsFor(waiting)).anyMatch(s -> s.startsWith("Herinnering"));
        assertThat(SurveyFixtures.subjectsFor(answered)).noneMatch(s -> s.startsWith("Herinnering"));
        String fresh = tokens.get(1);
        assertThat(respondents.byToken(oldToken))
                .as("the old link no longer resolves")
                .isEmpty();
        assertThat(anonymous().get("/s/" + fresh).statusCode()).isEqualTo(200);

        // a second run on the same day sends nothing again
        int again = TenantContext.callAs(Demo.VOORBEELDSTAD, () -> job.runForCurrentMunicipality());
        assertThat(SurveyFixtures.tokensMailedTo(waiting)).hasSize(2);
        assertThat(again).isZero();
    }

    @Test
    void responseRatesAreShownOnlyForLargeDepartmentsAndRefreshedOncePerDay() {
        Survey survey = openSurvey("Respons");
        UUID bz = TenantContext.callAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql("SELECT id FROM department WHERE code = 'BZ'")
                        .query(UUID.class)
                        .single());
        UUID vg = TenantContext.callAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql("SELECT id FROM department WHERE code = 'VG'")
                        .query(UUID.class)
                        .single());
        List<String> big = new java.util.ArrayList<>();
        for (int i = 0; i < 12; i++) {
            big.add(SurveyFixtures.address("bz" + i));
        }
        TenantContext.runAs(Demo.VOORBEELDSTAD, () -> {
            invitations.invite(survey, big, bz, Locale.forLanguageTag("nl"));
            invitations.invite(survey, List.of(SurveyFixtures.address("vg")), vg, Locale.forLanguageTag("nl"));
        });
        HttpResponse<String> page = loginAs("coordinator").get("/surveys/" + survey.id());
        assertThat(page.body()).contains("Burgerzaken").doesNotContain("<td>Vergunningen</td>");
        TenantContext.runAs(Demo.VOORBEELDSTAD, () -> {
            assertThat(jdbc.sql("SELECT invited FROM survey_rate WHERE survey_id = ? AND department_id = ?")
                            .params(survey.id(), bz)
                            .query(Integer.class)
                            .single())
                    .isEqualTo(12);
            jdbc.sql("UPDATE survey_invitation SET used = true WHERE survey_id = ? AND department_id = ?")
                    .params(survey.id(), bz)
                    .update();
        });
        loginAs("coordinator").get("/surveys/" + survey.id());
        TenantContext.runAs(
                Demo.VOORBEELDSTAD,
                () -> assertThat(jdbc.sql("SELECT responded FROM survey_rate WHERE "
                                        + "survey_id = ? AND department_id = ?")
                                .params(survey.id(), bz)
                                .query(Integer.class)
                                .single())
                        .as("not refreshed twice on one day")
                        .isZero());
    }

    @Test
    void openLinksKeepTheDepartmentOnlyForLargeGroups() {
        WebClient coordinator = loginAs("coordinator");
        Survey survey = openSurvey("Open link");
        Map<String, UUID> dep = new HashMap<>();
        TenantContext.runAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql("SELECT code, id FROM department WHERE code IN ('BZ', 'GRF')")
                        .query(rs -> {
                            dep.put(rs.getString(1), rs.getObject(2, UUID.class));
                        }));
        coordinator.get("/surveys/" + survey.id());
        assertThat(coordinator
                        .postForm(
                                "/surveys/" + survey.id() + "/links",
                                Map.of("department", dep.get("BZ").toString(), "expectedSize", "40"))
                        .statusCode())
                .isEqualTo(302);
        coordinator.get("/surveys/" + survey.id());
        assertThat(coordinator
                        .postForm(
                                "/surveys/" + survey.id() + "/links",
                                Map.of("department", dep.get("GRF").toString(), "expectedSize", "4"))
                        .statusCode())
                .isEqualTo(302);
        HttpResponse<String> refused = coordinator.postForm(
                "/surveys/" + survey.id() + "/links",
                Map.of("department", dep.get("GRF").toString(), "expectedSize", "veel"));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("Vul een getal in van 0 tot en met 100000.");
        Map<UUID, String> codes = new HashMap<>();
        TenantContext.runAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql("SELECT department_id, code FROM survey_open_link WHERE survey_id = ?")
                        .param(survey.id())
                        .query(rs -> {
                            codes.put(rs.getObject(1, UUID.class), rs.getString(2));
                        }));
        assertThat(coordinator.get("/surveys/" + survey.id()).body()).contains("/s/o/" + codes.get(dep.get("BZ")));
        for (UUID department : List.of(dep.get("BZ"), dep.get("GRF"))) {
            WebClient respondent = anonymous();
            assertThat(respondent.get("/s/o/" + codes.get(department)).statusCode())
                    .isEqualTo(200);
            assertThat(respondent
                            .postForm("/s/o/" + codes.get(department), SurveyFixtures.answers(2))
                            .statusCode())
                    .isEqualTo(302);
        }
        TenantContext.runAs(Demo.VOORBEELDSTAD, () -> {
            List<UUID> stored = jdbc.sql("SELECT department_id FROM survey_response WHERE survey_id = ?")
                    .param(survey.id())
                    .query((rs, i) -> rs.getObject(1, UUID.class))
                    .list();
            assertThat(stored).containsExactlyInAnyOrder(dep.get("BZ"), null);
        });
    }

    @Test
    void theNightlyRewriteRemovesTheTransactionTraceBetweenTokenAndAnswer() throws Exception {
        Survey survey = openSurvey("Herschrijven");
        String token = invite(survey, SurveyFixtures.address("spoor"));
        WebClient respondent = anonymous();
        respondent.get("/s/" + token);
        assertThat(respondent.postForm("/s/" + token, SurveyFixtures.answers(1)).statusCode())
                .isEqualTo(302);
        String sameTransaction = "SELECT (SELECT xmin::text FROM survey_invitation WHERE survey_id = ?) = "
                + "(SELECT xmin::text FROM survey_response WHERE survey_id = ?)";
        try (java.sql.Connection owner = nl.weerbaar.support.TestDatabase.ownerConnection()) {
            assertThat(scalar(owner, sameTransaction, survey.id()))
                    .as("linked right after submitting")
                    .isEqualTo("t");
            UUID before = UUID.fromString(scalar(
                    owner, "SELECT id::text FROM survey_response WHERE survey_id = ? AND ? IS NOT NULL", survey.id()));
            TenantContext.runAs(
                    Demo.VOORBEELDSTAD,
                    () -> assertThat(job.runForCurrentMunicipality()).isGreaterThanOrEqualTo(0));
            assertThat(scalar(owner, sameTransaction, survey.id())).isEqualTo("f");
            assertThat(scalar(
                            owner,
                            "SELECT id::text FROM survey_response WHERE survey_id = ? AND ? IS NOT NULL",
                            survey.id()))
                    .isNotEqualTo(before.toString());
        }
    }

    private static String scalar(java.sql.Connection c, String sql, UUID survey) throws java.sql.SQLException {
        try (java.sql.PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, survey);
            ps.setObject(2, survey);
            try (java.sql.ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private static Map<String, String> withVersion(Map<String, String> fields, String version) {
        Map<String, String> all = new HashMap<>(fields);
        all.put("version", version);
        return all;
    }
}
