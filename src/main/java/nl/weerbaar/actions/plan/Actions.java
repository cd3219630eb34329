package nl.weerbaar.actions.plan;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.weerbaar.actions.ActionPlans.ActionSummary;
import nl.weerbaar.actions.ActionPlans.Priority;
import nl.weerbaar.platform.FileCipher;
import nl.weerbaar.platform.TenantContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores actions, notes and evidence of the current municipality (row-level security applies). */
@Repository
class Actions {

    private static final String SUMMARY = """
        SELECT id, title, status, owner_id, due_date, priority, source_module, source_ref, theme_id,
               (SELECT t.name FROM action_theme t WHERE t.id = action_item.theme_id) AS theme_name
          FROM action_item
        """;

    record Note(UUID id, UUID authorId, String kind, String body, OffsetDateTime createdAt) {}

    record Evidence(
            UUID id,
            String label,
            String link,
            String fileName,
            String contentType,
            UUID addedBy,
            OffsetDateTime addedAt) {}

    record File(String fileName, String contentType, byte[] content) {}

    /** At the end of {@code month}: actions in the plan (not cancelled) and of those the ones done. */
    record MonthProgress(LocalDate month, long planned, long done) {}

    private final JdbcClient jdbc;
    private final FileCipher cipher;

    Actions(JdbcClient jdbc, FileCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    void insert(Action a, UUID createdBy) {
        jdbc.sql("""
        INSERT INTO action_item (id, tenant_id, title, description, source_module, source_ref, owner_id, due_date,
                                 priority, status, created_by, theme_id)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        a.id(),
                        TenantContext.require(),
                        a.title(),
                        a.description(),
                        a.sourceModule(),
                        a.sourceRef(),
                        a.ownerId(),
                        a.dueDate(),
                        a.priority().name(),
                        a.status().name(),
                        createdBy,
                        a.themeId())
                .update();
    }

    /** Saves status, plan and theme; stamps completion when the action became DONE. */
    void update(Action a) {
        jdbc.sql("""
        UPDATE action_item SET owner_id = ?, due_date = ?, priority = ?, status = ?, theme_id = ?, updated_at = now(),
               completed_at = CASE WHEN ? = 'DONE' THEN coalesce(completed_at, now()) ELSE NULL END
         WHERE id = ?""")
                .params(
                        a.ownerId(),
                        a.dueDate(),
                        a.priority().name(),
                        a.status().name(),
                        a.themeId(),
                        a.status().name(),
                        a.id())
                .update();
    }

    Optional<Action> find(UUID id) {
        return jdbc.sql("SELECT * FROM action_item WHERE id = ?")
                .param(id)
                .query(Actions::action)
                .optional();
    }

    List<ActionSummary> forSource(String module, String ref) {
        return jdbc.sql(SUMMARY + "WHERE source_module = ? AND source_ref = ? ORDER BY created_at DESC, id")
                .params(module, ref)
                .query(Actions::summary)
                .list();
    }

    List<ActionSummary> forOwner(UUID ownerId) {
        return jdbc.sql(SUMMARY + "WHERE owner_id = ? ORDER BY (status IN ('OPEN','IN_PROGRESS')) DESC, "
                        + "due_date NULLS LAST, created_at")
                .param(ownerId)
                .query(Actions::summary)
                .list();
    }

    /** All actions; {@code status} null for every status. */
    List<ActionSummary> all(String status) {
        return jdbc.sql(SUMMARY + "WHERE (CAST(? AS text) IS NULL OR status = ?) ORDER BY "
                        + "(status IN ('OPEN','IN_PROGRESS')) DESC, due_date NULLS LAST, created_at LIMIT 1000")
                .params(status, status)
                .query(Actions::summary)
                .list();
    }

    /** Open actions without an owner, or past their due date on {@code today}. */
    List<ActionSummary> needingFollowUp(LocalDate today) {
        return jdbc.sql(SUMMARY + "WHERE status IN ('OPEN','IN_PROGRESS') AND (owner_id IS NULL OR due_date < ?) "
                        + "ORDER BY due_date NULLS FIRST")
                .param(today)
                .query(Actions::summary)
                .list();
    }

    /** How many actions {@link #needingFollowUp} gives. */
    long countNeedingFollowUp(LocalDate today) {
        return jdbc.sql("SELECT count(*) FROM action_item WHERE status IN ('OPEN','IN_PROGRESS') "
                        + "AND (owner_id IS NULL OR due_date < ?)")
                .param(today)
                .query(Long.class)
                .single();
    }

    /** How many open actions {@code ownerId} owns. */
    long countOpenOf(UUID ownerId) {
        return jdbc.sql("SELECT count(*) FROM action_item WHERE tenant_id = ? AND owner_id = ? "
                        + "AND status IN ('OPEN','IN_PROGRESS')")
                .params(TenantContext.require(), ownerId)
                .query(Long.class)
                .single();
    }

    /** The number of actions per status (statuses without actions left out). */
    java.util.Map<String, Long> countPerStatus() {
        java.util.Map<String, Long> counts = new java.util.LinkedHashMap<>();
        jdbc.sql("SELECT status, count(*) AS n FROM action_item GROUP BY status")
                .query(rs -> {
                    counts.put(rs.getString("status"), rs.getLong("n"));
                });
        return counts;
    }

    /** Open actions with an owner due within {@code [today, until]} not yet reminded for that due date. */
    List<Action> dueForReminder(LocalDate today, LocalDate until) {
        return jdbc.sql("""
        SELECT * FROM action_item WHERE status IN ('OPEN','IN_PROGRESS') AND owner_id IS NOT NULL
           AND due_date BETWEEN ? AND ? AND reminded_for IS DISTINCT FROM due_date""").params(today, until).query(Actions::action).list();
    }

    /** Open actions past their due date not yet escalated for that due date. */
    List<Action> dueForEscalation(LocalDate today) {
        return jdbc.sql("""
        SELECT * FROM action_item WHERE status IN ('OPEN','IN_PROGRESS') AND due_date < ?
           AND escalated_for IS DISTINCT FROM due_date""").param(today).query(Actions::action).list();
    }

    void markReminded(UUID id, LocalDate dueDate) {
        jdbc.sql("UPDATE action_item SET reminded_for = ? WHERE id = ?")
                .params(dueDate, id)
                .update();
    }

    void markEscalated(UUID id, LocalDate dueDate) {
        jdbc.sql("UPDATE action_item SET escalated_for = ? WHERE id = ?")
                .params(dueDate, id)
                .update();
    }

    void addNote(UUID actionId, UUID author, String kind, String body) {
        jdbc.sql("INSERT INTO action_note (id, tenant_id, action_id, author_id, kind, body) VALUES (?, ?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), TenantContext.require(), actionId, author, kind, body)
                .update();
    }

    List<Note> notes(UUID actionId) {
        return jdbc.sql("SELECT id, author_id, kind, body, created_at FROM action_note WHERE action_id = ? "
                        + "ORDER BY created_at, id")
                .param(actionId)
                .query(Note.class)
                .list();
    }

    /** Stores evidence: a link, or a file encrypted and bound to the new evidence's id. */
    UUID addEvidence(
            UUID actionId,
            UUID addedBy,
            String label,
            String link,
            String fileName,
            String contentType,
            byte[] content) {
        UUID id = UUID.randomUUID();
        FileCipher.Sealed sealed = content == null ? null : cipher.seal(content, sealedAs(id));
        jdbc.sql("""
        INSERT INTO action_evidence (id, tenant_id, action_id, label, link, file_name, content_type, nonce, content,
                                     added_by)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        TenantContext.require(),
                        actionId,
                        label,
                        link,
                        fileName,
                        contentType,
                        sealed == null ? null : sealed.nonce(),
                        sealed == null ? null : sealed.ciphertext(),
                        addedBy)
                .update();
        return id;
    }

    List<Evidence> evidence(UUID actionId) {
        return jdbc.sql("SELECT id, label, link, file_name, content_type, added_by, added_at FROM action_evidence "
                        + "WHERE action_id = ? ORDER BY added_at, id")
                .param(actionId)
                .query(Evidence.class)
                .list();
    }

    /** The file of an evidence item, decrypted; files stored before encryption have no nonce. */
    Optional<File> file(UUID actionId, UUID evidenceId) {
        return jdbc.sql(
                        "SELECT file_name, content_type, nonce, content FROM action_evidence WHERE action_id = ? AND id = ? "
                                + "AND content IS NOT NULL")
                .params(actionId, evidenceId)
                .query((rs, n) -> {
                    byte[] nonce = rs.getBytes("nonce");
                    byte[] stored = rs.getBytes("content");
                    return new File(
                            rs.getString("file_name"),
                            rs.getString("content_type"),
                            nonce == null
                                    ? stored
                                    : cipher.open(new FileCipher.Sealed(nonce, stored), sealedAs(evidenceId)));
                })
                .optional();
    }

    private static String sealedAs(UUID evidenceId) {
        return "action-evidence:" + evidenceId;
    }

    private static Action action(ResultSet rs, int row) throws SQLException {
        return new Action(
                rs.getObject("id", UUID.class),
                rs.getString("title"),
                rs.getString("description"),
                rs.getString("source_module"),
                rs.getString("source_ref"),
                rs.getObject("owner_id", UUID.class),
                rs.getObject("due_date", LocalDate.class),
                Priority.valueOf(rs.getString("priority")),
                ActionStatus.valueOf(rs.getString("status")),
                rs.getObject("theme_id", UUID.class));
    }

    private static ActionSummary summary(ResultSet rs, int row) throws SQLException {
        return new ActionSummary(
                rs.getObject("id", UUID.class),
                rs.getString("title"),
                rs.getString("status"),
                rs.getObject("owner_id", UUID.class),
                rs.getObject("due_date", LocalDate.class),
                Priority.valueOf(rs.getString("priority")),
                rs.getString("source_module"),
                rs.getString("source_ref"),
                rs.getObject("theme_id", UUID.class),
                rs.getString("theme_name"));
    }

    /**
     * Progress per month from {@code first} to {@code last} (first days of months): how many of today's actions
     * (cancelled ones left out) had been made, and how many had been completed, by the end of each month (Dutch
     * time). An action reopened after completion counts as not done, as it is now.
     */
    List<MonthProgress> progress(LocalDate first, LocalDate last) {
        return jdbc.sql("""
        SELECT m.month::date AS month,
               count(a.id) FILTER (WHERE a.created_at < m.ends) AS planned,
               count(a.id) FILTER (WHERE a.status = 'DONE' AND a.completed_at < m.ends) AS done
          FROM (SELECT month, (month + interval '1 month') AT TIME ZONE 'Europe/Amsterdam' AS ends
                  FROM generate_series(?::timestamp, ?::timestamp, interval '1 month') AS g(month)) m
          LEFT JOIN action_item a ON a.status <> 'CANCELLED' AND a.created_at < m.ends
         GROUP BY m.month
         ORDER BY m.month""")
                .params(first, last)
                .query((rs, n) -> new MonthProgress(
                        rs.getObject("month", LocalDate.class), rs.getLong("planned"), rs.getLong("done")))
                .list();
    }
}
