package nl.weerbaar.platform.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.weerbaar.platform.DutchTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads the current municipality's audit log, newest first, with optional filters (all may be null). */
@Component
public class AuditQuery {

    static final int PAGE = 100;

    /** One line of the log as shown to the coordinator. */
    public record Entry(
            long id,
            Instant occurredAt,
            String actorName,
            String actorRoles,
            String action,
            String objectType,
            String objectId,
            String result,
            String origin,
            String purpose,
            Long chainSeq) {}

    public record Filter(
            String actor,
            String action,
            String objectType,
            String objectId,
            LocalDate from,
            LocalDate to,
            Long before) {}

    private final JdbcClient jdbc;

    AuditQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** At most {@value #PAGE} entries older than {@code filter.before()} (an id) when given. */
    public List<Entry> find(Filter f) {
        StringBuilder sql = new StringBuilder("""
        SELECT id, occurred_at, actor_name, actor_roles, action, translate(object_type, '._', '--') AS object_type,
               object_id, result, origin, purpose,
               chain_seq
          FROM audit_event WHERE tenant_id = current_tenant()""");
        List<Object> params = new ArrayList<>();
        if (notBlank(f.actor())) {
            sql.append(" AND actor_name ILIKE ?");
            params.add("%" + f.actor().replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (notBlank(f.action())) {
            sql.append(" AND action = ?");
            params.add(f.action());
        }
        if (notBlank(f.objectType())) {
            sql.append(" AND object_type = ANY (?)");
            params.add(storedNames(f.objectType()));
        }
        if (notBlank(f.objectId())) {
            sql.append(" AND object_id = ?");
            params.add(f.objectId());
        }
        if (f.from() != null) {
            sql.append(" AND occurred_at >= ?");
            params.add(java.sql.Timestamp.from(
                    f.from().atStartOfDay(DutchTime.ZONE).toInstant()));
        }
        if (f.to() != null) {
            sql.append(" AND occurred_at < ?");
            params.add(java.sql.Timestamp.from(
                    f.to().plusDays(1).atStartOfDay(DutchTime.ZONE).toInstant()));
        }
        if (f.before() != null) {
            sql.append(" AND id < ?");
            params.add(f.before());
        }
        sql.append(" ORDER BY id DESC LIMIT ").append(PAGE);
        return jdbc.sql(sql.toString()).params(params).query(Entry.class).list();
    }

    /** Whether the chain still holds an anchored head. */
    public enum AnchorCheck {
        MATCHES,
        DIFFERS,
        MISSING
    }

    /** Compares the hash at place {@code seq} of the current municipality's chain with {@code hash}. */
    public AnchorCheck anchorCheck(long seq, String hash) {
        return jdbc.sql("""
        SELECT hash FROM audit_event
         WHERE coalesce(tenant_id, '00000000-0000-0000-0000-000000000000'::uuid) = current_tenant() AND chain_seq = ?""")
                .param(seq)
                .query(String.class)
                .optional()
                .map(h -> h.equals(hash) ? AnchorCheck.MATCHES : AnchorCheck.DIFFERS)
                .orElse(AnchorCheck.MISSING);
    }

    /** The object types that occur in the log, for the filter, in today's style (see {@link #currentName}). */
    public List<String> objectTypes() {
        return storedObjectTypes().stream()
                .map(AuditQuery::currentName)
                .distinct()
                .sorted()
                .toList();
    }

    /**
     * An object type as it is written today: lower-case words joined by hyphens ({@code processes-review-item}).
     * Entries written before carry {@code processes.review-item} or {@code api_token}; they stay as they are (they
     * are part of the hash chain) and are shown and found under today's name.
     */
    static String currentName(String stored) {
        return stored.replace('.', '-').replace('_', '-');
    }

    /** The stored names that stand for object type {@code type} (given in any style). */
    private String[] storedNames(String type) {
        String wanted = currentName(type);
        List<String> names = storedObjectTypes().stream()
                .filter(t -> currentName(t).equals(wanted))
                .toList();
        return (names.isEmpty() ? List.of(type) : names).toArray(String[]::new);
    }

    private List<String> storedObjectTypes() {
        return jdbc.sql("SELECT DISTINCT object_type FROM audit_event WHERE tenant_id = current_tenant()")
                .query(String.class)
                .list();
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
