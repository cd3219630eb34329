package nl.weerbaar.training.register;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.weerbaar.platform.TenantContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Kinds of training, sessions and attendance of the current municipality (row-level security applies). */
@Repository
class Register {

    /** A kind of training; {@code nameEn} may be null (the Dutch name is shown then). */
    record Kind(UUID id, String code, String name, String nameEn, int validMonths, boolean deescalation) {

        /** The name in the language of the current request. */
        public String shown() {
            boolean english = "en"
                    .equals(org.springframework.context.i18n.LocaleContextHolder.getLocale()
                            .getLanguage());
            return english && nameEn != null ? nameEn : name;
        }
    }

    /** A session with its kind and how many people are enrolled or attended. */
    record Session(
            UUID id,
            UUID kindId,
            String kindName,
            int validMonths,
            LocalDate heldOn,
            String trainer,
            int places,
            long taken,
            UUID createdBy) {}

    private static final String SESSION_SELECT = """
            SELECT s.id, s.kind_id, k.name AS kind_name, k.valid_months, s.held_on, s.trainer, s.places, s.created_by,
                   (SELECT count(*) FROM training_attendance a WHERE a.session_id = s.id) AS taken
              FROM training_session s JOIN training_kind k ON k.id = s.kind_id
             WHERE s.tenant_id = ?""";

    private final JdbcClient jdbc;

    Register(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Kind> kinds() {
        return jdbc.sql("""
                SELECT id, code, name, name_en, valid_months, deescalation FROM training_kind
                 WHERE tenant_id = ? ORDER BY name""")
                .param(TenantContext.require())
                .query((rs, n) -> new Kind(
                        rs.getObject("id", UUID.class),
                        rs.getString("code"),
                        rs.getString("name"),
                        rs.getString("name_en"),
                        rs.getInt("valid_months"),
                        rs.getBoolean("deescalation")))
                .list();
    }

    /** The kind that counts as de-escalation, if the municipality marked one. */
    Optional<Kind> deescalation() {
        return kinds().stream().filter(Kind::deescalation).findFirst();
    }

    Optional<Kind> kind(UUID id) {
        return kinds().stream().filter(k -> k.id().equals(id)).findFirst();
    }

    /** Adds a kind unless the municipality has one with this code; true when added. */
    boolean addKind(String code, String name, String nameEn, int validMonths, boolean deescalation) {
        if (deescalation) {
            clearDeescalation(null);
        }
        return jdbc.sql("""
                INSERT INTO training_kind (tenant_id, id, code, name, name_en, valid_months, deescalation)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (tenant_id, code) DO NOTHING""")
                        .params(
                                TenantContext.require(),
                                UUID.randomUUID(),
                                code,
                                name,
                                nameEn,
                                validMonths,
                                deescalation)
                        .update()
                == 1;
    }

    void updateKind(UUID id, String name, String nameEn, int validMonths, boolean deescalation) {
        if (deescalation) {
            clearDeescalation(id);
        }
        jdbc.sql("""
                UPDATE training_kind SET name = ?, name_en = ?, valid_months = ?, deescalation = ?
                 WHERE tenant_id = ? AND id = ?""")
                .params(name, nameEn, validMonths, deescalation, TenantContext.require(), id)
                .update();
    }

    private void clearDeescalation(UUID except) {
        jdbc.sql("UPDATE training_kind SET deescalation = false WHERE tenant_id = ? AND deescalation AND id <> ?")
                .params(TenantContext.require(), except == null ? new UUID(0, 0) : except)
                .update();
    }

    boolean kindNameTaken(String name, UUID except) {
        return jdbc.sql("""
                SELECT EXISTS (SELECT 1 FROM training_kind WHERE tenant_id = ? AND lower(name) = lower(?) AND id <> ?)""")
                .params(TenantContext.require(), name, except == null ? new UUID(0, 0) : except)
                .query(Boolean.class)
                .single();
    }

    long sessionsOfKind(UUID kind) {
        return jdbc.sql("SELECT count(*) FROM training_session WHERE tenant_id = ? AND kind_id = ?")
                .params(TenantContext.require(), kind)
                .query(Long.class)
                .single();
    }

    void deleteKind(UUID id) {
        jdbc.sql("DELETE FROM training_kind WHERE tenant_id = ? AND id = ?")
                .params(TenantContext.require(), id)
                .update();
    }

    /** A session a person is enrolled in that is still to come. */
    record Upcoming(UUID sessionId, String kindName, LocalDate heldOn, String trainer) {}

    List<Upcoming> upcoming(UUID user, LocalDate from) {
        return jdbc.sql("""
                SELECT s.id, k.name, s.held_on, s.trainer
                  FROM training_attendance a JOIN training_session s ON s.id = a.session_id
                  JOIN training_kind k ON k.id = s.kind_id
                 WHERE a.tenant_id = ? AND a.user_id = ? AND a.status = 'ENROLLED' AND s.held_on >= ?
                 ORDER BY s.held_on""")
                .params(TenantContext.require(), user, from)
                .query((rs, n) -> new Upcoming(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getObject(3, LocalDate.class),
                        rs.getString(4)))
                .list();
    }

    long countUpcoming(UUID user, LocalDate from) {
        return jdbc.sql("""
                SELECT count(*) FROM training_attendance a JOIN training_session s ON s.id = a.session_id
                 WHERE a.tenant_id = ? AND a.user_id = ? AND a.status = 'ENROLLED' AND s.held_on >= ?""")
                .params(TenantContext.require(), user, from)
                .query(Long.class)
                .single();
    }

    List<Session> sessions() {
        return jdbc.sql(SESSION_SELECT + " ORDER BY s.held_on DESC, k.name")
                .param(TenantContext.require())
                .query((rs, n) -> session(rs))
                .list();
    }

    Optional<Session> session(UUID id) {
        return jdbc.sql(SESSION_SELECT + " AND s.id = ?")
                .params(TenantContext.require(), id)
                .query((rs, n) -> session(rs))
                .optional();
    }

    UUID addSession(UUID kind, LocalDate heldOn, String trainer, int places, UUID by) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO training_session (tenant_id, id, kind_id, held_on, trainer, places, created_by)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(TenantContext.require(), id, kind, heldOn, trainer, places, by)
                .update();
        return id;
    }

    /** Person → ENROLLED or ATTENDED for one session. */
    Map<UUID, String> attendance(UUID session) {
        Map<UUID, String> result = new HashMap<>();
        jdbc.sql("SELECT user_id, status FROM training_attendance WHERE tenant_id = ? AND session_id = ?")
                .params(TenantContext.require(), session)
                .query((rs, n) -> result.put(rs.getObject("user_id", UUID.class), rs.getString("status")))
                .list();
        return result;
    }

    void attend(UUID session, UUID user, String status, UUID by, Instant at) {
        jdbc.sql("""
                INSERT INTO training_attendance (tenant_id, session_id, user_id, status, recorded_by, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (session_id, user_id) DO UPDATE
                   SET status = EXCLUDED.status, recorded_by = EXCLUDED.recorded_by,
                       recorded_at = EXCLUDED.recorded_at""")
                .params(TenantContext.require(), session, user, status, by, java.sql.Timestamp.from(at))
                .update();
    }

    void withdraw(UUID session, UUID user) {
        jdbc.sql("DELETE FROM training_attendance WHERE tenant_id = ? AND session_id = ? AND user_id = ?")
                .params(TenantContext.require(), session, user)
                .update();
    }

    private static Session session(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Session(
                rs.getObject("id", UUID.class),
                rs.getObject("kind_id", UUID.class),
                rs.getString("kind_name"),
                rs.getInt("valid_months"),
                rs.getObject("held_on", LocalDate.class),
                rs.getString("trainer"),
                rs.getInt("places"),
                rs.getLong("taken"),
                rs.getObject("created_by", UUID.class));
    }
}
