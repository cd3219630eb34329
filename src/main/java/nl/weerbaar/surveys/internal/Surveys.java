package nl.weerbaar.surveys.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.weerbaar.platform.NotFoundException;
import nl.weerbaar.platform.TenantContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Surveys of the current municipality (row-level security: another municipality's ids are not found). */
@Repository
class Surveys {

    private static final String COLUMNS = "id, title, variant, questionnaire_id, opens_on, closes_on, closed_on, "
            + "min_group_size, baseline_survey_id";

    private final JdbcClient jdbc;

    Surveys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    UUID create(
            String title,
            Variant variant,
            UUID questionnaireId,
            LocalDate opensOn,
            LocalDate closesOn,
            int minGroupSize,
            UUID baselineSurveyId) {
        UUID id = UUID.randomUUID();
        UUID tenant = TenantContext.require();
        jdbc.sql(
                        "INSERT INTO survey (id, tenant_id, title, variant, questionnaire_id, opens_on, closes_on, min_group_size,"
                                + " baseline_survey_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        id,
                        tenant,
                        title,
                        variant.name(),
                        questionnaireId,
                        opensOn,
                        closesOn,
                        minGroupSize,
                        baselineSurveyId)
                .update();
        jdbc.sql("INSERT INTO survey_version (tenant_id, survey_id, questionnaire_id) VALUES (?, ?, ?)")
                .params(tenant, id, questionnaireId)
                .update();
        return id;
    }

    Survey get(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM survey WHERE id = ?")
                .param(id)
                .query(Surveys::map)
                .optional()
                .orElseThrow(() -> new NotFoundException("survey", id));
    }

    List<Survey> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM survey ORDER BY opens_on DESC, title")
                .query(Surveys::map)
                .list();
    }

    /** Points the survey at a new questionnaire version; earlier versions stay valid for answers given in them. */
    void useVersion(UUID surveyId, UUID questionnaireId) {
        jdbc.sql("UPDATE survey SET questionnaire_id = ? WHERE id = ?")
                .params(questionnaireId, surveyId)
                .update();
        jdbc.sql(
                        "INSERT INTO survey_version (tenant_id, survey_id, questionnaire_id) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
                .params(TenantContext.require(), surveyId, questionnaireId)
                .update();
    }

    boolean usesVersion(UUID surveyId, UUID questionnaireId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM survey_version WHERE survey_id = ? AND questionnaire_id = ?)")
                .params(surveyId, questionnaireId)
                .query(Boolean.class)
                .single();
    }

    List<UUID> versions(UUID surveyId) {
        return jdbc.sql("SELECT v.questionnaire_id FROM survey_version v JOIN survey_questionnaire q ON q.id = "
                        + "v.questionnaire_id WHERE v.survey_id = ? ORDER BY q.version")
                .param(surveyId)
                .query(UUID.class)
                .list();
    }

    /** How many people have responded to the survey so far. */
    long responses(UUID surveyId) {
        return jdbc.sql("SELECT count(*) FROM survey_response WHERE survey_id = ?")
                .param(surveyId)
                .query(Long.class)
                .single();
    }

    void close(UUID surveyId, LocalDate on) {
        jdbc.sql("UPDATE survey SET closed_on = ? WHERE id = ? AND closed_on IS NULL")
                .params(on, surveyId)
                .update();
    }

    /** The open links of a survey as (department id or null, code, expected size), by code. */
    List<String[]> openLinks(UUID surveyId) {
        return jdbc.sql("SELECT department_id::text AS d, code, expected_size FROM survey_open_link "
                        + "WHERE survey_id = ? ORDER BY code")
                .param(surveyId)
                .query((rs, i) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)})
                .list();
    }

    /** Whether the survey has an open link for this department ({@code null}: the one without a department). */
    boolean openLinkExists(UUID surveyId, UUID departmentId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM survey_open_link WHERE survey_id = ? AND "
                        + "department_id IS NOT DISTINCT FROM ?)")
                .params(surveyId, departmentId)
                .query(Boolean.class)
                .single();
    }

    void addOpenLink(UUID surveyId, UUID departmentId, String code, int expectedSize) {
        jdbc.sql("INSERT INTO survey_open_link (id, tenant_id, survey_id, department_id, code, expected_size) "
                        + "VALUES (?, ?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), TenantContext.require(), surveyId, departmentId, code, expectedSize)
                .update();
    }

    /** The free-text comments of a survey as (question code, text), in the order given. */
    List<String[]> comments(UUID surveyId) {
        return jdbc.sql("SELECT question_code, body FROM survey_comment WHERE survey_id = ? ORDER BY id")
                .param(surveyId)
                .query((rs, i) -> new String[] {rs.getString(1), rs.getString(2)})
                .list();
    }

    private static Survey map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Survey(
                rs.getObject("id", UUID.class),
                rs.getString("title"),
                Variant.valueOf(rs.getString("variant")),
                rs.getObject("questionnaire_id", UUID.class),
                rs.getObject("opens_on", LocalDate.class),
                rs.getObject("closes_on", LocalDate.class),
                rs.getObject("closed_on", LocalDate.class),
                rs.getInt("min_group_size"),
                rs.getObject("baseline_survey_id", UUID.class));
    }
}
