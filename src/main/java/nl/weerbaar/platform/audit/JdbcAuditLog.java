package nl.weerbaar.platform.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.weerbaar.platform.AuditLog;
import nl.weerbaar.platform.CurrentUser;
import nl.weerbaar.platform.Role;
import nl.weerbaar.platform.TenantContext;
import nl.weerbaar.platform.UserIdentity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Writes audit records with plain INSERTs; {@link AuditSealer} links them into the hash chain. */
@Service
public class JdbcAuditLog implements AuditLog {

    private final JdbcClient jdbc;

    public JdbcAuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void record(Action action, String objectType, Object objectId, Result result, String purpose) {
        UserIdentity user = CurrentUser.get().orElse(null);
        recordAs(
                user == null ? null : user.userId(),
                user == null ? "system" : user.username(),
                action,
                objectType,
                objectId,
                result,
                purpose,
                user == null
                        ? ""
                        : user.roles().stream().map(Role::name).sorted().collect(Collectors.joining(",")));
    }

    /** For login: records an event for an actor who is not (yet) the logged-in user. */
    public void recordAs(
            UUID actorId, String actorName, Action action, String objectType, Result result, String purpose) {
        recordAs(actorId, actorName, action, objectType, null, result, purpose, "");
    }

    private void recordAs(
            UUID actorId,
            String actorName,
            Action action,
            String objectType,
            Object objectId,
            Result result,
            String purpose,
            String roles) {
        jdbc.sql("""
        INSERT INTO audit_event (tenant_id, actor_id, actor_name, actor_roles, action, object_type, object_id,
                                 result, origin, purpose)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        TenantContext.current().orElse(null),
                        actorId,
                        truncate(actorName),
                        roles,
                        action.name(),
                        objectType,
                        objectId == null ? null : truncate(objectId.toString()),
                        result.name(),
                        origin(),
                        truncate(purpose))
                .update();
    }

    private static String origin() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs) {
            HttpServletRequest request = attrs.getRequest();
            return request.getRemoteAddr();
        }
        return "system";
    }

    private static String truncate(String value) {
        return value == null || value.length() <= 200 ? value : value.substring(0, 200);
    }
}
