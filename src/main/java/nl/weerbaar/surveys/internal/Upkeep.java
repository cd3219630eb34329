package nl.weerbaar.surveys.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.weerbaar.platform.DutchTime;
import nl.weerbaar.platform.TenantContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The daily work on one survey of the current municipality: response rates per department, rewriting answers
 * in random order, and the totals of a closed survey for the benchmark.
 */
@Service
class Upkeep {

    /** Response rate of one department; only departments of at least the minimum group size are kept. */
    public record Rate(UUID departmentId, int invited, int responded, LocalDate refreshedOn) {

        public int percent() {
            return invited == 0 ? 0 : (int) Math.round(100.0 * responded / invited);
        }
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    Upkeep(JdbcClient jdbc, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
    }

    /**
     * Recomputes the response rates unless they were computed today (so they move at most once a day).
     * Invited: invitations plus the expected size of the department's open link; responded: used invitations plus
     * submissions through that link.
     */
    @Transactional
    void refreshRates(Survey survey) {
        Boolean fresh = jdbc.sql("SELECT EXISTS (SELECT 1 FROM survey_rate WHERE survey_id = ? AND refreshed_on >= ?)")
                .params(survey.id(), DutchTime.today(clock))
                .query(Boolean.class)
                .single();
        if (fresh) {
            return;
        }
        jdbc.sql("DELETE FROM survey_rate WHERE survey_id = ?")
                .param(survey.id())
                .update();
        jdbc.sql("""
        INSERT INTO survey_rate (tenant_id, survey_id, department_id, invited, responded, refreshed_on)
        SELECT ?, ?, department_id, sum(invited), sum(responded), ?
          FROM (SELECT department_id, count(*) AS invited, count(*) FILTER (WHERE used) AS responded
                  FROM survey_invitation WHERE survey_id = ? AND department_id IS NOT NULL GROUP BY department_id
                UNION ALL
                SELECT department_id, expected_size, responses
                  FROM survey_open_link WHERE survey_id = ? AND department_id IS NOT NULL) x
         GROUP BY department_id HAVING sum(invited) >= ?""")
                .params(
                        TenantContext.require(),
                        survey.id(),
                        DutchTime.today(clock),
                        survey.id(),
                        survey.id(),
                        survey.minGroupSize())
                .update();
    }

    List<Rate> rates(UUID surveyId) {
        return jdbc.sql("SELECT department_id, invited, responded, refreshed_on FROM survey_rate WHERE survey_id = ?")
                .param(surveyId)
                .query((rs, i) -> new Rate(
                        rs.getObject(1, UUID.class), rs.getInt(2), rs.getInt(3), rs.getObject(4, LocalDate.class)))
                .list();
    }

    /**
     * Rewrites all answers and free text of the survey in random order with new ids, in a transaction of its own, so
     * that neither their place on disk nor their transaction id tells which invitation was used with them.
     */
    @Transactional
    int shuffle(Survey survey) {
        int moved = jdbc.sql("""
        WITH moved AS (DELETE FROM survey_response WHERE survey_id = ? RETURNING *)
        INSERT INTO survey_response (id, tenant_id, survey_id, questionnaire_id, department_id, submitted_on, answers)
        SELECT gen_random_uuid(), tenant_id, survey_id, questionnaire_id, department_id, submitted_on, answers
          FROM moved ORDER BY random()""").param(survey.id()).update();
        jdbc.sql("""
        WITH moved AS (DELETE FROM survey_comment WHERE survey_id = ? RETURNING *)
        INSERT INTO survey_comment (id, tenant_id, survey_id, question_code, body)
        SELECT gen_random_uuid(), tenant_id, survey_id, question_code, body FROM moved ORDER BY random()""").param(survey.id()).update();
        return moved;
    }

    /** Stores the totals per question and option of a closed survey, once; {@code _n} holds the respondents. */
    @Transactional
    void summarise(Survey survey) {
        if (!survey.isClosed(DutchTime.today(clock))) {
            return;
        }
        Boolean done = jdbc.sql("SELECT EXISTS (SELECT 1 FROM survey_summary WHERE survey_id = ?)")
                .param(survey.id())
                .query(Boolean.class)
                .single();
        if (done) {
            return;
        }
        UUID tenant = TenantContext.require();
        jdbc.sql("""
        INSERT INTO survey_summary (tenant_id, survey_id, question_code, value, n)
        SELECT ?, ?, e.key, e.value::int, count(*) FROM survey_response r CROSS JOIN LATERAL jsonb_each_text(r.answers) e
         WHERE r.survey_id = ? GROUP BY e.key, e.value::int
        UNION ALL
        SELECT ?, ?, '_n', 0, count(*) FROM survey_response WHERE survey_id = ?""")
                .params(tenant, survey.id(), survey.id(), tenant, survey.id(), survey.id())
                .update();
    }

    /**
     * Counts the answers of a closed survey per department, question and option into {@code survey_tally}, once
     * ({@code _n} per department holds the respondents). Does nothing for a survey that is still open.
     */
    @Transactional
    void tally(Survey survey) {
        if (!survey.isClosed(DutchTime.today(clock))) {
            return;
        }
        Boolean done = jdbc.sql("SELECT EXISTS (SELECT 1 FROM survey_tally WHERE survey_id = ?)")
                .param(survey.id())
                .query(Boolean.class)
                .single();
        if (done) {
            return;
        }
        UUID tenant = TenantContext.require();
        jdbc.sql("""
        INSERT INTO survey_tally (tenant_id, survey_id, department_id, question_code, value, n)
        SELECT ?, ?, r.department_id, e.key, e.value::int, count(*)
          FROM survey_response r CROSS JOIN LATERAL jsonb_each_text(r.answers) e
         WHERE r.survey_id = ? GROUP BY r.department_id, e.key, e.value::int
        UNION ALL
        SELECT ?, ?, department_id, '_n', 0, count(*) FROM survey_response WHERE survey_id = ? GROUP BY department_id""")
                .params(tenant, survey.id(), survey.id(), tenant, survey.id(), survey.id())
                .update();
    }

    /** Surveys whose answers may still be rewritten on {@code today}: open, or closed in the last week. */
    static List<Survey> recent(List<Survey> all, LocalDate today) {
        List<Survey> recent = new ArrayList<>();
        LocalDate weekAgo = today.minusDays(7);
        for (Survey s : all) {
            LocalDate end = s.closedOn() != null ? s.closedOn() : s.closesOn();
            if (!end.isBefore(weekAgo)) {
                recent.add(s);
            }
        }
        return recent;
    }
}
