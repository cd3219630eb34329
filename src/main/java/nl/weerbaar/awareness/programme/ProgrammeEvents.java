package nl.weerbaar.awareness.programme;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.weerbaar.platform.TenantContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores the programme of the municipality in context (row-level security applies). */
@Repository
class ProgrammeEvents {

    /** What a form gives for an event, checked. */
    record Values(
            EventKind kind,
            String title,
            LocalDate startsOn,
            UUID ownerId,
            UUID departmentId,
            String notes,
            int remindDays) {}

    private static final String EVENT = """
            SELECT e.id, e.kind, e.title, e.starts_on, e.owner_id, p.display_name AS owner_name, e.department_id,
                   d.name AS department_name, e.notes, e.remind_days, e.reminded_at, e.action_id, e.updated_at
              FROM awareness_event e
              LEFT JOIN org_person p ON p.id = e.owner_id
              LEFT JOIN org_department d ON d.id = e.department_id
            """;

    private final JdbcClient jdbc;

    ProgrammeEvents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The events from {@code from} up to and including {@code to}, by day. */
    List<ProgrammeEvent> between(LocalDate from, LocalDate to) {
        return jdbc.sql(EVENT + " WHERE e.starts_on BETWEEN ? AND ? ORDER BY e.starts_on, e.title")
                .params(from, to)
                .query(ProgrammeEvent.class)
                .list();
    }

    /** The next {@code limit} events from {@code from} on. */
    List<ProgrammeEvent> upcoming(LocalDate from, int limit) {
        return jdbc.sql(EVENT + " WHERE e.starts_on >= ? ORDER BY e.starts_on, e.title LIMIT ?")
                .params(from, limit)
                .query(ProgrammeEvent.class)
                .list();
    }

    /** Events whose reminder day has come, that have not started yet and were not reminded. */
    List<ProgrammeEvent> toRemind(LocalDate today) {
        return jdbc.sql(EVENT + " WHERE e.reminded_at IS NULL AND e.starts_on - e.remind_days <= ? AND e.starts_on >= ?"
                        + " ORDER BY e.starts_on")
                .params(today, today)
                .query(ProgrammeEvent.class)
                .list();
    }

    Optional<ProgrammeEvent> find(UUID id) {
        return jdbc.sql(EVENT + " WHERE e.id = ?")
                .param(id)
                .query(ProgrammeEvent.class)
                .optional();
    }

    void insert(UUID id, Values v, UUID by, Instant now) {
        jdbc.sql("""
                INSERT INTO awareness_event (id, tenant_id, kind, title, starts_on, owner_id, department_id, notes,
                                             remind_days, created_by, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        TenantContext.require(),
                        v.kind().name(),
                        v.title(),
                        v.startsOn(),
                        v.ownerId(),
                        v.departmentId(),
                        v.notes(),
                        v.remindDays(),
                        by,
                        java.sql.Timestamp.from(now),
                        java.sql.Timestamp.from(now))
                .update();
    }

    /** Changes the event; a new day or reminder period makes the reminder go out again. */
    void update(UUID id, Values v, boolean remindAgain, Instant now) {
        jdbc.sql("""
                UPDATE awareness_event SET kind = ?, title = ?, starts_on = ?, owner_id = ?, department_id = ?,
                       notes = ?, remind_days = ?, updated_at = ?,
                       reminded_at = CASE WHEN ? THEN NULL ELSE reminded_at END
                 WHERE id = ?""")
                .params(
                        v.kind().name(),
                        v.title(),
                        v.startsOn(),
                        v.ownerId(),
                        v.departmentId(),
                        v.notes(),
                        v.remindDays(),
                        java.sql.Timestamp.from(now),
                        remindAgain,
                        id)
                .update();
    }

    void delete(UUID id) {
        jdbc.sql("DELETE FROM awareness_event WHERE id = ?").param(id).update();
    }

    void markReminded(UUID id, Instant at) {
        jdbc.sql("UPDATE awareness_event SET reminded_at = ? WHERE id = ?")
                .params(java.sql.Timestamp.from(at), id)
                .update();
    }

    void linkAction(UUID id, UUID actionId) {
        jdbc.sql("UPDATE awareness_event SET action_id = ? WHERE id = ?")
                .params(actionId, id)
                .update();
    }
}
