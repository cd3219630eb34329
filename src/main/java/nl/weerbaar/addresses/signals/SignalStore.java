package nl.weerbaar.addresses.signals;

import java.sql.Array;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.weerbaar.platform.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The municipality's signal settings and its exception list (row-level security keeps them to the municipality). */
@Repository
class SignalStore {

    private final JdbcClient jdbc;

    SignalStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Settings settings() {
        return jdbc.sql("""
                        SELECT rules_off, many_at_address, many_at_home, mentions, street_same_kind, recent_days, viewer_roles
                          FROM addresses_signal_settings""")
                .query((rs, n) -> new Settings(
                        enums(rs.getArray(1), Rule.class),
                        rs.getInt(2),
                        rs.getInt(3),
                        rs.getInt(4),
                        rs.getInt(5),
                        rs.getInt(6),
                        enums(rs.getArray(7), Role.class)))
                .optional()
                .orElse(Settings.DEFAULTS);
    }

    void save(UUID tenantId, Settings s, Instant at, UUID by) {
        jdbc.sql("""
                        INSERT INTO addresses_signal_settings (tenant_id, rules_off, many_at_address, many_at_home,
                            mentions, street_same_kind, recent_days, viewer_roles, updated_at, updated_by)
                        VALUES (:tenant, :off::text[], :address, :home, :mentions, :street, :recent, :roles::text[],
                            :at, :by)
                        ON CONFLICT (tenant_id) DO UPDATE SET rules_off = excluded.rules_off,
                            many_at_address = excluded.many_at_address, many_at_home = excluded.many_at_home,
                            mentions = excluded.mentions, street_same_kind = excluded.street_same_kind,
                            recent_days = excluded.recent_days,
                            viewer_roles = excluded.viewer_roles, updated_at = excluded.updated_at,
                            updated_by = excluded.updated_by""")
                .param("tenant", tenantId)
                .param("off", array(s.off()))
                .param("address", s.manyAtAddress())
                .param("home", s.manyAtHome())
                .param("mentions", s.mentions())
                .param("street", s.streetSameKind())
                .param("recent", s.recentDays())
                .param("roles", array(s.viewerRoles()))
                .param("at", java.sql.Timestamp.from(at))
                .param("by", by)
                .update();
    }

    /** A known legitimate address: the rules are silent there. */
    public record Exception(UUID id, String bagId, String reason, Instant addedAt) {}

    List<Exception> exceptions() {
        return jdbc.sql("SELECT id, bag_id, reason, added_at FROM addresses_signal_exception ORDER BY bag_id")
                .query((rs, n) -> new Exception(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getTimestamp(4).toInstant()))
                .list();
    }

    Optional<Exception> exceptionAt(String bagId) {
        return jdbc.sql("SELECT id, bag_id, reason, added_at FROM addresses_signal_exception WHERE bag_id = ?")
                .param(bagId)
                .query((rs, n) -> new Exception(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getTimestamp(4).toInstant()))
                .optional();
    }

    void addException(UUID id, UUID tenantId, String bagId, String reason, Instant at, UUID by) {
        jdbc.sql("""
                        INSERT INTO addresses_signal_exception (id, tenant_id, bag_id, reason, added_at, added_by)
                        VALUES (?, ?, ?, ?, ?, ?)""")
                .params(id, tenantId, bagId, reason, java.sql.Timestamp.from(at), by)
                .update();
    }

    boolean removeException(UUID id) {
        return jdbc.sql("DELETE FROM addresses_signal_exception WHERE id = ?")
                        .param(id)
                        .update()
                == 1;
    }

    private static String array(Set<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().collect(Collectors.joining(",", "{", "}"));
    }

    private static <E extends Enum<E>> Set<E> enums(Array a, Class<E> type) throws SQLException {
        Set<E> out = EnumSet.noneOf(type);
        if (a != null) {
            Arrays.stream((String[]) a.getArray()).forEach(v -> out.add(Enum.valueOf(type, v)));
        }
        return out;
    }
}
