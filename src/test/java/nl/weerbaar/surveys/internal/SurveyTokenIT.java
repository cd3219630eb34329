package nl.weerbaar.surveys.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.weerbaar.platform.DutchTime;
import nl.weerbaar.platform.TenantContext;
import nl.weerbaar.support.Demo;
import nl.weerbaar.support.IntegrationTest;
import nl.weerbaar.support.WebClient;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;

/** Invitations and the anonymous respondent: single use, expiry, other municipalities, anonymity of the stored data. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SurveyTokenIT extends IntegrationTest {

    @Autowired
    Surveys surveys;

    @Autowired
    Questionnaires questionnaires;

    private UUID createSurvey(WebClient coordinator, String title) {
        coordinator.get("/surveys/new");
        HttpResponse<String> created = coordinator.postForm(
                "/surveys/new",
                Map.of(
                        "title",
                        title,
                        "variant",
                        "CIVIL_SERVANT",
                        "opensOn",
                        LocalDate.now(DutchTime.ZONE).toString(),
                        "closesOn",
                        LocalDate.now(DutchTime.ZONE).plusDays(14).toString(),
                        "minGroupSize",
                        "10",
                        "baseline",
                        ""));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
        String location = created.headers().firstValue("Location").orElseThrow();
        return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    }

    private String invite(WebClient coordinator, UUID survey, String email) throws Exception {
        coordinator.get("/surveys/" + survey);
        HttpResponse<String> sent =
                coordinator.postForm("/surveys/" + survey + "/invitations", Map.of("emails", email, "department", ""));
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(302);
        List<String> tokens = SurveyFixtures.tokensMailedTo(email);
        assertThat(tokens).hasSize(1);
        return tokens.get(0);
    }

    @Test
    @Order(1)
    void aTokenWorksOnceAndOnlyItsHashIsStored() throws Exception {
        WebClient coordinator = loginAs("coordinator");
        UUID survey = createSurvey(coordinator, "Eenmalige link");
        String email = SurveyFixtures.address("eenmalig");
        String token = invite(coordinator, survey, email);

        WebClient respondent = anonymous();
        HttpResponse<String> form = respondent.get("/s/" + token);
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("Eenmalige link").contains("geïntimideerd");
        HttpResponse<String> sent = respondent.postForm("/s/" + token, SurveyFixtures.answers(1));
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(302);
        assertThat(sent.headers().firstValue("Location").orElseThrow()).endsWith("/s/thanks");
        assertThat(respondent.get("/s/thanks").body()).contains("Bedankt");

        HttpResponse<String> again = anonymous().get("/s/" + token);
        assertThat(again.statusCode()).isEqualTo(410);
        assertThat(again.body()).contains("Al ingevuld");
        assertThat(respondent.postForm("/s/" + token, SurveyFixtures.answers(2)).statusCode())
                .isEqualTo(410);

        TenantContext.runAs(Demo.VOORBEELDSTAD, () -> {
            assertThat(jdbc.sql("SELECT count(*) FROM survey_response WHERE survey_id = ?")
                            .param(survey)
                            .query(Integer.class)
                            .single())
                    .isEqualTo(1);
            assertThat(jdbc.sql("SELECT token_hash FROM survey_invitation WHERE survey_id = ?")
                            .param(survey)
                            .query(String.class)
                            .single())
                    .isEqualTo(Tokens.sha256(token));
            assertThat(jdbc.sql("SELECT count(*) FROM survey_invitation i WHERE i::text LIKE ?")
                            .param("%" + token + "%")
                            .query(Integer.class)
                            .single())
                    .isZero();
        });
    }

    @Test
    @Order(2)
    void answersCarryNothingThatIdentifiesTheRespondent() {
        List<String> columns = jdbc.sql("SELECT column_name || ':' || data_type FROM information_schema.columns "
                        + "WHERE table_name = 'survey_response' ORDER BY column_name")
                .query(String.class)
                .list();
        assertThat(columns)
                .containsExactly(
                        "answers:jsonb",
                        "department_id:uuid",
                        "id:uuid",
                        "questionnaire_id:uuid",
                        "submitted_on:date",
                        "survey_id:uuid",
                        "tenant_id:uuid");
        List<String> invitationColumns = jdbc.sql("SELECT column_name FROM information_schema.columns "
                        + "WHERE table_name = 'survey_invitation'")
                .query(String.class)
                .list();
        assertThat(invitationColumns).doesNotContain("used_at", "used_on", "response_id", "token");
        List<String> keys = jdbc.sql("""
        SELECT c.conname FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid JOIN pg_class r ON r.oid = c.confrelid
         WHERE c.contype = 'f' AND ((t.relname = 'survey_response' AND r.relname = 'survey_invitation')
            OR (t.relname = 'survey_invitation' AND r.relname = 'survey_response'))""").query(String.class).list();
        assertThat(keys).isEmpty();
        assertThat(jdbc.sql(
                                "SELECT count(*) FROM information_schema.columns WHERE table_name LIKE 'survey%' AND "
                                        + "(column_name LIKE '%ip%' OR column_name LIKE '%agent%' OR data_type LIKE 'timestamp%')")
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    @Order(3)
    void anExpiredTokenIsRefused() throws Exception {
        WebClient coordinator = loginAs("coordinator");
        UUID survey = createSurvey(coordinator, "Verlopen link");
        String token = invite(coordinator, survey, SurveyFixtures.address("verlopen"));
        TenantContext.runAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql("UPDATE survey_invitation SET expires_on = ? WHERE survey_id = ?")
                        .params(LocalDate.now(DutchTime.ZONE).minusDays(1), survey)
                        .update());
        HttpResponse<String> form = anonymous().get("/s/" + token);
        assertThat(form.statusCode()).isEqualTo(410);
        assertThat(form.body()).contains("Link verlopen");
    }

    @Test
    @Order(4)
    void aClosedSurveyTakesNoAnswersAndAnotherMunicipalitySeesNothing() throws Exception {
        WebClient coordinator = loginAs("coordinator");
        UUID survey = createSurvey(coordinator, "Andere gemeente");
        String token = invite(coordinator, survey, SurveyFixtures.address("ander"));

        WebClient kleindorp = loginAs("kd.coordinator");
        assertThat(kleindorp.get("/surveys/" + survey).statusCode()).isEqualTo(404);
        assertThat(kleindorp.get("/surveys/" + survey + "/results").statusCode())
                .isEqualTo(404);
        kleindorp.get("/surveys");
        assertThat(kleindorp
                        .postForm("/surveys/" + survey + "/invitations", Map.of("emails", "x@example.org"))
                        .statusCode())
                .isEqualTo(404);
        assertThat(TenantContext.callAs(
                        Demo.KLEINDORP,
                        () -> jdbc.sql("SELECT count(*) FROM survey_invitation " + "WHERE survey_id = ?")
                                .param(survey)
                                .query(Integer.class)
                                .single()))
                .isZero();
        assertThatThrownBy(() -> TenantContext.runAs(
                        Demo.KLEINDORP,
                        () -> jdbc.sql("""
        INSERT INTO survey_invitation (id, tenant_id, survey_id, email, token_hash, expires_on)
        VALUES (?, ?, ?, 'x@example.org', ?, ?)""")
                                .params(
                                        UUID.randomUUID(),
                                        Demo.KLEINDORP,
                                        survey,
                                        Tokens.sha256("x"),
                                        LocalDate.now(DutchTime.ZONE))
                                .update()))
                .isInstanceOf(DataAccessException.class);

        coordinator.get("/surveys/" + survey);
        assertThat(coordinator
                        .postForm("/surveys/" + survey + "/close", Map.of("confirmed", "true"))
                        .statusCode())
                .isEqualTo(302);
        HttpResponse<String> closed = anonymous().get("/s/" + token);
        assertThat(closed.statusCode()).isEqualTo(410);
        assertThat(closed.body()).contains("Enquête gesloten");
    }

    @Test
    @Order(5)
    void missingAnswersGiveMessagesPerQuestionAndNothingIsStored() throws Exception {
        WebClient coordinator = loginAs("coordinator");
        UUID survey = createSurvey(coordinator, "Validatie");
        String token = invite(coordinator, survey, SurveyFixtures.address("validatie"));
        WebClient respondent = anonymous();
        respondent.get("/s/" + token);
        Map<String, String> fields = new java.util.HashMap<>(SurveyFixtures.answers(0));
        fields.remove("q_THREAT_12M");
        fields.put("q_BRIBERY_12M", "9");
        fields.put("q_SUGGESTION", "<script>alert(1)</script>" + "x".repeat(2000));
        HttpResponse<String> refused = respondent.postForm("/s/" + token, fields);
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body())
                .contains("Kies een antwoord.")
                .contains("Kies een van de getoonde antwoorden.")
                .contains("hoogstens 2000 tekens")
                .contains("aria-invalid=\"true\"")
                .doesNotContain("<script>alert(1)");
        TenantContext.runAs(Demo.VOORBEELDSTAD, () -> {
            assertThat(jdbc.sql("SELECT count(*) FROM survey_response WHERE survey_id = ?")
                            .param(survey)
                            .query(Integer.class)
                            .single())
                    .isZero();
            assertThat(jdbc.sql("SELECT used FROM survey_invitation WHERE survey_id = ?")
                            .param(survey)
                            .query(Boolean.class)
                            .single())
                    .isFalse();
        });
    }

    @Test
    @Order(6)
    void thePublicApiFollowsTheSameRules() throws Exception {
        WebClient coordinator = loginAs("coordinator");
        UUID survey = createSurvey(coordinator, "Via de API");
        String token = invite(coordinator, survey, SurveyFixtures.address("api"));
        WebClient client = anonymous();
        HttpResponse<String> questionnaire = client.getJson("/api/v1/public/surveys/" + token);
        assertThat(questionnaire.statusCode()).isEqualTo(200);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"questionnaireId\":\"([0-9a-f-]{36})\"")
                .matcher(questionnaire.body());
        assertThat(m.find()).isTrue();
        String version = m.group(1);

        HttpResponse<String> invalid = client.sendJson(
                "POST",
                "/api/v1/public/surveys/" + token + "/responses",
                "{\"questionnaireId\":\"" + version + "\",\"answers\":{\"INTIMIDATION_12M\":7}}");
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(invalid.headers().firstValue("Content-Type").orElse("")).contains("problem+json");
        assertThat(invalid.body())
                .contains("INTIMIDATION_12M")
                .contains("Kies een van de getoonde antwoorden.")
                .contains("THREAT_12M");

        StringBuilder answers = new StringBuilder();
        BuiltInQuestionnaire.questions(Variant.CIVIL_SERVANT).stream()
                .filter(Question::choice)
                .forEach(q -> answers.append(answers.length() > 0 ? "," : "")
                        .append('"')
                        .append(q.code())
                        .append("\":0"));
        String body = "{\"questionnaireId\":\"" + version + "\",\"answers\":{" + answers + "},\"texts\":{}}";
        assertThat(client.sendJson("POST", "/api/v1/public/surveys/" + token + "/responses", body)
                        .statusCode())
                .isEqualTo(201);
        assertThat(client.sendJson("POST", "/api/v1/public/surveys/" + token + "/responses", body)
                        .statusCode())
                .isEqualTo(410);
        assertThat(client.getJson("/api/v1/public/surveys/" + Tokens.newToken()).statusCode())
                .isEqualTo(404);
    }

    @Test
    @Order(99)
    void unknownLinksAreNotFoundAndGuessingIsLimited() {
        WebClient guesser = anonymous();
        assertThat(guesser.get("/s/" + Tokens.newToken()).statusCode()).isEqualTo(404);
        assertThat(guesser.get("/s/o/" + Tokens.newCode(16)).statusCode()).isEqualTo(404);
        Set<Integer> statuses = new java.util.HashSet<>();
        for (int i = 0; i < 30; i++) {
            statuses.add(guesser.get("/s/" + Tokens.newToken()).statusCode());
        }
        assertThat(statuses).contains(429);
    }
}
