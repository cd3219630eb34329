package nl.weerbaar.processes.reviews;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.weerbaar.platform.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Rights revoked in closed campaigns, as to-dos of the owners of the applications concerned until they are marked
 * withdrawn.
 */
@Repository
class Revocations {

    /** A right to withdraw after a closed campaign. */
    record Todo(
            UUID id,
            UUID applicationId,
            String applicationCode,
            String applicationName,
            String ownerEmail,
            String employeeNo,
            String pseudonym,
            String right,
            String reason,
            String campaign,
            OffsetDateTime closedAt,
            OffsetDateTime withdrawnAt) {}

    private final JdbcClient jdbc;

    Revocations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Owner addresses of the applications with revoked rights in a campaign; null stands for "no owner". */
    List<String> ownersOfRevoked(UUID campaignId) {
        return jdbc.sql("""
        SELECT DISTINCT lower(nullif(trim(ap.owner_email), '')) FROM proc_review_item i
          LEFT JOIN proc_application ap ON ap.id = i.application_id
         WHERE i.campaign_id = ? AND i.decision = 'REVOKED'""").param(campaignId).query(String.class).list();
    }

    /** Open to-dos of closed campaigns: all of them, or those of the applications owned by {@code ownerEmail}. */
    List<Todo> todos(boolean all, String ownerEmail) {
        return jdbc.sql(TODO + " AND i.withdrawn_at IS NULL AND " + OWNED
                        + " ORDER BY i.application_name, i.application_id, c.closed_at, i.employee_no, i.access_right")
                .param("all", all)
                .param("email", ownerEmail)
                .query(Revocations::todo)
                .list();
    }

    /** Whether any revoked right of a closed campaign still waits to be withdrawn (partial index on revoked items). */
    boolean anyOpenTodos() {
        return jdbc.sql("SELECT EXISTS (" + TODO + " AND i.withdrawn_at IS NULL)")
                .query(Boolean.class)
                .single();
    }

    /** Whether applications owned by {@code ownerEmail} have revoked rights still to withdraw (for the menu). */
    boolean hasOpenTodos(String ownerEmail) {
        return jdbc.sql("SELECT EXISTS (" + TODO + " AND i.withdrawn_at IS NULL AND " + OWNED + ")")
                .param("all", false)
                .param("email", ownerEmail)
                .query(Boolean.class)
                .single();
    }

    /** Per application id: how many of its revoked rights were marked withdrawn. */
    Map<UUID, Long> withdrawnCounts(boolean all, String ownerEmail) {
        Map<UUID, Long> counts = new HashMap<>();
        jdbc.sql("SELECT x.application_id, count(*) FROM (" + TODO + " AND i.withdrawn_at IS NOT NULL AND " + OWNED
                        + ") x GROUP BY x.application_id")
                .param("all", all)
                .param("email", ownerEmail)
                .query(rs -> {
                    counts.put(rs.getObject(1, UUID.class), rs.getLong(2));
                });
        return counts;
    }

    Todo todo(UUID id, boolean all, String ownerEmail) {
        return jdbc.sql(TODO + " AND i.id = :id AND " + OWNED)
                .param("id", id)
                .param("all", all)
                .param("email", ownerEmail)
                .query(Revocations::todo)
                .optional()
                .orElseThrow(() -> new NotFoundException("revoked right", id));
    }

    boolean markWithdrawn(UUID id, UUID by) {
        return jdbc.sql("""
        UPDATE proc_review_item SET withdrawn_at = now(), withdrawn_by = ? WHERE id = ? AND withdrawn_at IS NULL""").params(by, id).update() == 1;
    }

    private static final String TODO = """
      SELECT i.id, i.application_id, i.application_code, i.application_name, ap.owner_email, i.employee_no,
             i.pseudonym, i.access_right, i.reason, c.name, c.closed_at, i.withdrawn_at
        FROM proc_review_item i JOIN proc_review_campaign c ON c.id = i.campaign_id
        LEFT JOIN proc_application ap ON ap.id = i.application_id
       WHERE i.decision = 'REVOKED' AND c.status = 'CLOSED'""";

    private static final String OWNED = "(:all OR lower(trim(ap.owner_email)) = lower(CAST(:email AS text)))";

    private static Todo todo(ResultSet rs, int n) throws SQLException {
        return new Todo(
                rs.getObject(1, UUID.class),
                rs.getObject(2, UUID.class),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                rs.getString(7),
                rs.getString(8),
                rs.getString(9),
                rs.getString(10),
                rs.getObject(11, OffsetDateTime.class),
                rs.getObject(12, OffsetDateTime.class));
    }
}
