package nl.weerbaar.training.learning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.weerbaar.platform.TenantContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The schedules, completions, setting and reminders of the current municipality (row-level security applies). */
@Repository
class Cards {

    /** One question's schedule for one person. */
    record Card(
            String lessonKey,
            String questionKey,
            Recall.Memory memory,
            int reps,
            int lapses,
            LocalDate lastAnsweredOn,
            LocalDate dueOn) {}

    /** A lesson finished by {@code people} people of a department (null: without department). */
    record Completed(String lessonKey, UUID departmentId, long people) {}

    static final double DEFAULT_RETENTION = 0.9;

    private final JdbcClient jdbc;

    Cards(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<String, Card> ofLesson(UUID user, String lessonKey) {
        return jdbc.sql("""
                SELECT lesson_key, question_key, stability, difficulty, reps, lapses, last_answered_on, due_on
                  FROM learning_card WHERE tenant_id = ? AND user_id = ? AND lesson_key = ?""").params(TenantContext.require(), user, lessonKey).query((rs, n) -> card(rs)).list().stream()
                .collect(Collectors.toMap(Card::questionKey, c -> c));
    }

    List<Card> due(UUID user, LocalDate today) {
        return jdbc.sql("""
                SELECT lesson_key, question_key, stability, difficulty, reps, lapses, last_answered_on, due_on
                  FROM learning_card WHERE tenant_id = ? AND user_id = ? AND due_on <= ?
                 ORDER BY due_on, lesson_key, question_key""")
                .params(TenantContext.require(), user, today)
                .query((rs, n) -> card(rs))
                .list();
    }

    long countDue(UUID user, LocalDate today) {
        return jdbc.sql("SELECT count(*) FROM learning_card WHERE tenant_id = ? AND user_id = ? AND due_on <= ?")
                .params(TenantContext.require(), user, today)
                .query(Long.class)
                .single();
    }

    void save(UUID user, Card c) {
        jdbc.sql("""
                INSERT INTO learning_card (tenant_id, user_id, lesson_key, question_key, stability, difficulty, reps,
                                           lapses, last_answered_on, due_on)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (tenant_id, user_id, lesson_key, question_key) DO UPDATE
                   SET stability = EXCLUDED.stability, difficulty = EXCLUDED.difficulty, reps = EXCLUDED.reps,
                       lapses = EXCLUDED.lapses, last_answered_on = EXCLUDED.last_answered_on,
                       due_on = EXCLUDED.due_on""")
                .params(
                        TenantContext.require(),
                        user,
                        c.lessonKey(),
                        c.questionKey(),
                        c.memory().stability(),
                        c.memory().difficulty(),
                        c.reps(),
                        c.lapses(),
                        c.lastAnsweredOn(),
                        c.dueOn())
                .update();
    }

    void completed(UUID user, String lessonKey, int version, UUID department, LocalDate on) {
        jdbc.sql("""
                INSERT INTO learning_completion (tenant_id, user_id, lesson_key, lesson_version, department_id,
                                                 completed_on)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (tenant_id, user_id, lesson_key) DO UPDATE
                   SET lesson_version = EXCLUDED.lesson_version, department_id = EXCLUDED.department_id,
                       completed_on = EXCLUDED.completed_on""")
                .params(TenantContext.require(), user, lessonKey, version, department, on)
                .update();
    }

    List<String> completedBy(UUID user) {
        return jdbc.sql("SELECT lesson_key FROM learning_completion WHERE tenant_id = ? AND user_id = ?")
                .params(TenantContext.require(), user)
                .query(String.class)
                .list();
    }

    /** Completions per lesson and department; {@code department} narrows to one (null: all). */
    List<Completed> completions(UUID department) {
        return jdbc.sql("""
                SELECT lesson_key, department_id, count(*) AS people FROM learning_completion
                 WHERE tenant_id = ? AND (CAST(? AS uuid) IS NULL OR department_id = ?)
                 GROUP BY lesson_key, department_id""")
                .params(TenantContext.require(), department, department)
                .query((rs, n) -> new Completed(
                        rs.getString("lesson_key"), rs.getObject("department_id", UUID.class), rs.getLong("people")))
                .list();
    }

    double retention() {
        return jdbc.sql("SELECT target_retention FROM learning_setting WHERE tenant_id = ?")
                .param(TenantContext.require())
                .query(BigDecimal.class)
                .optional()
                .map(BigDecimal::doubleValue)
                .orElse(DEFAULT_RETENTION);
    }

    void retention(BigDecimal value) {
        jdbc.sql("""
                INSERT INTO learning_setting (tenant_id, target_retention) VALUES (?, ?)
                ON CONFLICT (tenant_id) DO UPDATE SET target_retention = EXCLUDED.target_retention""").params(TenantContext.require(), value).update();
    }

    /** People with questions due on {@code today} who have not had a reminder today. */
    List<UUID> toRemind(LocalDate today) {
        return jdbc.sql("""
                SELECT DISTINCT c.user_id FROM learning_card c
                 WHERE c.tenant_id = ? AND c.due_on <= ?
                   AND NOT EXISTS (SELECT 1 FROM learning_reminder r WHERE r.tenant_id = c.tenant_id
                                      AND r.user_id = c.user_id AND r.sent_on = ?)""")
                .params(TenantContext.require(), today, today)
                .query(UUID.class)
                .list();
    }

    /** Marks today's reminder of {@code user}; false when it was already marked (another run sent it). */
    boolean reminded(UUID user, LocalDate today) {
        return jdbc.sql("""
                INSERT INTO learning_reminder (tenant_id, user_id, sent_on) VALUES (?, ?, ?)
                ON CONFLICT DO NOTHING""").params(TenantContext.require(), user, today).update() == 1;
    }

    private static Card card(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Card(
                rs.getString("lesson_key"),
                rs.getString("question_key"),
                new Recall.Memory(rs.getDouble("stability"), rs.getDouble("difficulty")),
                rs.getInt("reps"),
                rs.getInt("lapses"),
                rs.getObject("last_answered_on", LocalDate.class),
                rs.getObject("due_on", LocalDate.class));
    }
}
