package nl.weerbaar.platform.admin;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.weerbaar.platform.Role;
import nl.weerbaar.platform.TenantContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Users of the current municipality and their roles (row-level security limits every statement to it). */
@Repository
class Users {

    /**
     * A user for administration: no password hash, only whether there is one. Nullable: email, department, position,
     * scope, lockedUntil (the end of a lock that was still running when the user was read).
     */
    record Row(
            UUID id,
            String username,
            String displayName,
            String email,
            UUID departmentId,
            String departmentName,
            UUID positionId,
            String positionName,
            String confidantScope,
            boolean enabled,
            Instant lockedUntil,
            boolean hasPassword,
            boolean oidc,
            Set<Role> roles) {

        public boolean locked() {
            return lockedUntil != null;
        }
    }

    /** Filter of the list; every field may be null (no filter). {@code status}: active, disabled or locked. */
    record Filter(String q, UUID departmentId, Role role, String status) {}

    static final int LIST_LIMIT = 200;

    /** {@code value} when it is a known status filter (active, disabled, locked), else null. */
    static String status(String value) {
        return "active".equals(value) || "disabled".equals(value) || "locked".equals(value) ? value : null;
    }

    private static final String SELECT = """
      SELECT u.id, u.username, u.display_name, u.email, u.department_id, d.name AS department_name, u.position_id,
             p.name AS position_name, u.confidant_scope, u.enabled, u.locked_until, u.password_hash IS NOT NULL AS has_password,
             u.oidc_subject IS NOT NULL AS oidc,
             (SELECT string_agg(r.role, ',' ORDER BY r.role) FROM user_role r WHERE r.user_id = u.id) AS roles
        FROM app_user u
        LEFT JOIN department d ON d.id = u.department_id
        LEFT JOIN position p ON p.id = u.position_id""";

    private final JdbcClient jdbc;
    private final Clock clock;

    Users(JdbcClient jdbc, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
    }

    /** At most {@link #LIST_LIMIT} + 1 users matching {@code f}, by name (the extra one tells there are more). */
    List<Row> list(Filter f) {
        String like = f.q() == null
                ? null
                : "%"
                        + f.q().toLowerCase()
                                .replace("\\", "\\\\")
                                .replace("%", "\\%")
                                .replace("_", "\\_") + "%";
        return jdbc.sql(SELECT + "\n" + """
         WHERE (CAST(:like AS text) IS NULL OR lower(u.username) LIKE :like OR lower(u.display_name) LIKE :like
                OR lower(coalesce(u.email, '')) LIKE :like)
           AND (CAST(:dept AS uuid) IS NULL OR u.department_id = :dept)
           AND (CAST(:role AS text) IS NULL OR EXISTS (SELECT 1 FROM user_role r WHERE r.user_id = u.id AND r.role = :role))
           AND (CAST(:status AS text) IS NULL
                OR (:status = 'active' AND u.enabled AND (u.locked_until IS NULL OR u.locked_until <= now()))
                OR (:status = 'disabled' AND NOT u.enabled)
                OR (:status = 'locked' AND u.locked_until > now()))
         ORDER BY lower(u.display_name), u.username
         LIMIT :limit""")
                .param("like", like)
                .param("dept", f.departmentId())
                .param("role", f.role() == null ? null : f.role().name())
                .param("status", f.status())
                .param("limit", LIST_LIMIT + 1)
                .query(this::row)
                .list();
    }

    Optional<Row> find(UUID id) {
        return jdbc.sql(SELECT + " WHERE u.id = ?").param(id).query(this::row).optional();
    }

    Optional<Row> byUsername(String username) {
        return jdbc.sql(SELECT + " WHERE lower(u.username) = lower(?)")
                .param(username)
                .query(this::row)
                .optional();
    }

    /** Whether any user on the platform, in any municipality, other than {@code except} has this name. */
    boolean usernameTaken(String username, UUID except) {
        return jdbc.sql("SELECT admin_username_taken(?, ?)")
                .params(username, except)
                .query(Boolean.class)
                .single();
    }

    UUID create(UserForm f, String passwordHash) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
        INSERT INTO app_user (id, tenant_id, username, display_name, email, password_hash, department_id, position_id,
                              confidant_scope)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        TenantContext.require(),
                        f.getUsername(),
                        f.getDisplayName(),
                        f.getEmail(),
                        passwordHash,
                        f.getDepartmentId(),
                        f.getPositionId(),
                        f.getConfidantScope())
                .update();
        return id;
    }

    void update(UUID id, UserForm f) {
        jdbc.sql("""
        UPDATE app_user SET display_name = ?, email = ?, department_id = ?, position_id = ?, confidant_scope = ?
         WHERE id = ?""")
                .params(
                        f.getDisplayName(),
                        f.getEmail(),
                        f.getDepartmentId(),
                        f.getPositionId(),
                        f.getConfidantScope(),
                        id)
                .update();
    }

    void setRoles(UUID id, Set<Role> roles) {
        jdbc.sql("DELETE FROM user_role WHERE user_id = ?").param(id).update();
        for (Role role : roles) {
            jdbc.sql("INSERT INTO user_role (user_id, tenant_id, role) VALUES (?, ?, ?)")
                    .params(id, TenantContext.require(), role.name())
                    .update();
        }
    }

    void setConfidantScope(UUID id, String scope) {
        jdbc.sql("UPDATE app_user SET confidant_scope = ? WHERE id = ?")
                .params(scope, id)
                .update();
    }

    void setEnabled(UUID id, boolean enabled) {
        jdbc.sql("UPDATE app_user SET enabled = ? WHERE id = ?")
                .params(enabled, id)
                .update();
    }

    void unlock(UUID id) {
        jdbc.sql("UPDATE app_user SET failed_logins = 0, locked_until = NULL WHERE id = ?")
                .param(id)
                .update();
    }

    void setPassword(UUID id, String hash) {
        jdbc.sql("UPDATE app_user SET password_hash = ?, failed_logins = 0, locked_until = NULL WHERE id = ?")
                .params(hash, id)
                .update();
    }

    /**
     * The password hash of the logged-in account, empty when it logs in through its organisation. Through the
     * login function, so an operator (who belongs to no municipality) finds theirs too.
     */
    Optional<String> ownPasswordHash(String username, UUID id) {
        return jdbc.sql("SELECT password_hash FROM auth_find_account(?) WHERE id = ?")
                .params(username, id)
                .query(String.class)
                .optional();
    }

    /** Sets the password of the logged-in account, through the function that also serves operators. */
    void setOwnPassword(UUID id, String hash) {
        jdbc.sql("SELECT account_set_password(?, ?)").params(id, hash).query().singleRow();
    }

    /** Ends every stored session of this login name, so a disabled user or a replaced password takes effect now. */
    void endSessions(String username) {
        jdbc.sql("DELETE FROM spring_session WHERE principal_name = ?")
                .param(username)
                .update();
    }

    long count() {
        return jdbc.sql("SELECT count(*) FROM app_user").query(Long.class).single();
    }

    private Row row(ResultSet rs, int n) throws SQLException {
        Timestamp locked = rs.getTimestamp("locked_until");
        String roles = rs.getString("roles");
        Set<Role> set = EnumSet.noneOf(Role.class);
        if (roles != null) {
            Arrays.stream(roles.split(",")).map(Role::valueOf).forEach(set::add);
        }
        return new Row(
                rs.getObject("id", UUID.class),
                rs.getString("username"),
                rs.getString("display_name"),
                rs.getString("email"),
                rs.getObject("department_id", UUID.class),
                rs.getString("department_name"),
                rs.getObject("position_id", UUID.class),
                rs.getString("position_name"),
                rs.getString("confidant_scope"),
                rs.getBoolean("enabled"),
                locked == null || !locked.toInstant().isAfter(clock.instant()) ? null : locked.toInstant(),
                rs.getBoolean("has_password"),
                rs.getBoolean("oidc"),
                set);
    }
}
