package nl.weerbaar.awareness.hub;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.weerbaar.platform.TenantContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The intranet origins that may frame the municipality's public page (row-level security applies). */
@Repository
class IntranetOrigins {

    static final int MAX = 20;

    private final JdbcClient jdbc;

    IntranetOrigins(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<String> all() {
        return jdbc.sql("SELECT origin FROM awareness_intranet_origin ORDER BY origin")
                .query(String.class)
                .list();
    }

    /** Adds the origin; false when it was listed already. */
    boolean add(String origin, UUID by, Instant now) {
        return jdbc.sql("""
                INSERT INTO awareness_intranet_origin (tenant_id, origin, added_by, added_at) VALUES (?, ?, ?, ?)
                ON CONFLICT DO NOTHING""")
                        .params(TenantContext.require(), origin, by, java.sql.Timestamp.from(now))
                        .update()
                > 0;
    }

    boolean remove(String origin) {
        return jdbc.sql("DELETE FROM awareness_intranet_origin WHERE origin = ?")
                        .param(origin)
                        .update()
                > 0;
    }
}
