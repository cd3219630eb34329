package nl.weerbaar.platform.approvals;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.weerbaar.platform.Approvals.Approval;
import nl.weerbaar.platform.Approvals.Request;
import nl.weerbaar.platform.Approvals.Status;
import nl.weerbaar.platform.Organisation;
import nl.weerbaar.platform.Role;
import nl.weerbaar.platform.TenantContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Approval requests of the current municipality (row-level security limits every statement to it). */
@Repository
class ApprovalRequests {

    private static final String SELECT = """
      SELECT a.id, a.kind, a.subject_id, a.subject_label, a.detail_key, a.requested_by,
             rq.display_name AS requested_by_name, a.requested_at, a.approver_role, a.approver_id,
             ap.display_name AS approver_name, a.inform_role, a.expires_at, a.status, a.decided_by,
             dc.display_name AS decided_by_name, a.decided_at, a.reason
        FROM approval_request a
        JOIN app_user rq ON rq.id = a.requested_by
        LEFT JOIN app_user ap ON ap.id = a.approver_id
        LEFT JOIN app_user dc ON dc.id = a.decided_by
      """;

    /** Who may decide: not the one who asked, not the subject, and the named person or a holder of the role. */
    private static final String DECIDER = """
      a.requested_by <> :user AND a.subject_id <> :user
        AND (a.approver_id = :user OR (a.approver_id IS NULL AND a.approver_role = ANY (:roles)))""";

    private static final String PERSON = """
      SELECT u.id, u.username, u.display_name, u.email, u.department_id, u.position_id, u.confidant_scope
        FROM app_user u
      """;

    private final JdbcClient jdbc;

    ApprovalRequests(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    UUID insert(Request r, Instant now, Instant expires) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
        INSERT INTO approval_request (id, tenant_id, kind, subject_id, subject_label, detail_key, payload, requested_by,
                                      requested_at, approver_role, approver_id, inform_role, expires_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        TenantContext.require(),
                        r.kind(),
                        r.subjectId(),
                        r.subjectLabel(),
                        r.detailKey(),
                        r.payload(),
                        r.requestedBy(),
                        Timestamp.from(now),
                        r.approverRole() == null ? null : r.approverRole().name(),
                        r.approverId(),
                        r.informRole() == null ? null : r.informRole().name(),
                        Timestamp.from(expires))
                .update();
        return id;
    }

    Optional<Approval> find(UUID id) {
        return jdbc.sql(SELECT + " WHERE a.id = ?").param(id).query(this::row).optional();
    }

    /** The payload of a waiting request, locking it against a second decision at the same moment. */
    Optional<String> lockPending(UUID id) {
        return jdbc.sql(
                        "SELECT coalesce(payload, '') FROM approval_request WHERE id = ? AND status = 'PENDING' FOR UPDATE")
                .param(id)
                .query(String.class)
                .optional();
    }

    Optional<Approval> pending(String kind, UUID subjectId) {
        return jdbc.sql(SELECT + " WHERE a.kind = ? AND a.subject_id = ? AND a.status = 'PENDING'")
                .params(kind, subjectId)
                .query(this::row)
                .optional();
    }

    List<Approval> pendingAbout(UUID subjectId) {
        return jdbc.sql(SELECT + " WHERE a.subject_id = ? AND a.status = 'PENDING' ORDER BY a.requested_at")
                .param(subjectId)
                .query(this::row)
                .list();
    }

    boolean wasRefused(String kind, UUID subjectId) {
        return jdbc.sql(
                        "SELECT EXISTS (SELECT 1 FROM approval_request WHERE kind = ? AND subject_id = ? AND status = 'REFUSED')")
                .params(kind, subjectId)
                .query(Boolean.class)
                .single();
    }

    /** Requests waiting for {@code user}'s decision that have not expired, oldest first. */
    List<Approval> waitingFor(UUID user, Set<Role> roles, Instant now) {
        return jdbc.sql(SELECT + " WHERE a.status = 'PENDING' AND a.expires_at > :now AND " + DECIDER
                        + " ORDER BY a.requested_at")
                .param("now", Timestamp.from(now))
                .param("user", user)
                .param("roles", names(roles))
                .query(this::row)
                .list();
    }

    boolean anyWaitingFor(UUID user, Set<Role> roles, Instant now) {
        return jdbc.sql(
                        "SELECT EXISTS (SELECT 1 FROM approval_request a WHERE a.status = 'PENDING' AND a.expires_at > :now AND "
                                + DECIDER + ")")
                .param("now", Timestamp.from(now))
                .param("user", user)
                .param("roles", names(roles))
                .query(Boolean.class)
                .single();
    }

    /** Requests asked by {@code user}, the waiting ones and those decided in the last 30 days, newest first. */
    List<Approval> askedBy(UUID user, Instant since) {
        return jdbc.sql(SELECT + """
         WHERE a.requested_by = ? AND (a.status = 'PENDING' OR a.decided_at > ? OR a.expires_at > ?)
         ORDER BY a.requested_at DESC LIMIT 50""")
                .params(user, Timestamp.from(since), Timestamp.from(since))
                .query(this::row)
                .list();
    }

    List<Approval> approvedInforming(Set<Role> roles, Instant since) {
        return jdbc.sql(SELECT + """
         WHERE a.status = 'APPROVED' AND a.inform_role = ANY (?) AND a.decided_at > ?
         ORDER BY a.decided_at DESC LIMIT 20""")
                .params(names(roles), Timestamp.from(since))
                .query(this::row)
                .list();
    }

    /** Waiting requests whose time is up. */
    List<Approval> expired(Instant now) {
        return jdbc.sql(SELECT + " WHERE a.status = 'PENDING' AND a.expires_at <= ? ORDER BY a.expires_at")
                .param(Timestamp.from(now))
                .query(this::row)
                .list();
    }

    /** Records the decision and forgets the payload; false when the request was no longer waiting. */
    boolean decide(UUID id, Status status, UUID decidedBy, Instant at, String reason) {
        return jdbc.sql("""
        UPDATE approval_request SET status = ?, decided_by = ?, decided_at = ?, reason = ?, payload = NULL
         WHERE id = ? AND status = 'PENDING'""")
                        .params(status.name(), decidedBy, Timestamp.from(at), reason, id)
                        .update()
                == 1;
    }

    /** Enabled users with {@code role}, other than {@code except}, by name. */
    List<Organisation.Person> withRole(Role role, UUID[] except) {
        return jdbc.sql(PERSON + """
         WHERE u.enabled AND u.id <> ALL (?)
           AND EXISTS (SELECT 1 FROM user_role r WHERE r.user_id = u.id AND r.role = ?)
         ORDER BY u.display_name""")
                .params(except, role.name())
                .query(Organisation.Person.class)
                .list();
    }

    /** Enabled users with any role of {@code roles}, other than {@code except}, by name. */
    List<Organisation.Person> withAnyRole(Set<Role> roles, UUID[] except) {
        return jdbc.sql(PERSON + """
         WHERE u.enabled AND u.id <> ALL (?)
           AND EXISTS (SELECT 1 FROM user_role r WHERE r.user_id = u.id AND r.role = ANY (?))
         ORDER BY u.display_name""")
                .params(except, names(roles))
                .query(Organisation.Person.class)
                .list();
    }

    Optional<Organisation.Person> person(UUID id) {
        return jdbc.sql(PERSON + " WHERE u.id = ? AND u.enabled")
                .param(id)
                .query(Organisation.Person.class)
                .optional();
    }

    private static String[] names(Set<Role> roles) {
        return roles.stream().map(Role::name).toArray(String[]::new);
    }

    private Approval row(ResultSet rs, int n) throws SQLException {
        return new Approval(
                rs.getObject("id", UUID.class),
                rs.getString("kind"),
                rs.getObject("subject_id", UUID.class),
                rs.getString("subject_label"),
                rs.getString("detail_key"),
                rs.getObject("requested_by", UUID.class),
                rs.getString("requested_by_name"),
                instant(rs, "requested_at"),
                role(rs.getString("approver_role")),
                rs.getObject("approver_id", UUID.class),
                rs.getString("approver_name"),
                role(rs.getString("inform_role")),
                instant(rs, "expires_at"),
                Status.valueOf(rs.getString("status")),
                rs.getObject("decided_by", UUID.class),
                rs.getString("decided_by_name"),
                instant(rs, "decided_at"),
                rs.getString("reason"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static Role role(String name) {
        return name == null ? null : Role.valueOf(name);
    }
}
