package nl.weerbaar.platform.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.weerbaar.platform.TenantContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What the database keeps about the chain of the municipality in context (without one: the platform's chain): its
 * cut-over to keyed sealing, its anchored heads and the breaks the scheduled verification found.
 */
@Repository
class AuditAnchors {

    /** A head handed outside the database, with the MAC that shows the application recorded it. */
    record Anchor(long seq, String hash, Instant anchoredAt, String keyId, String mac) {}

    /** A break that is not resolved; {@code tenantId} null for the platform's chain. */
    record OpenBreak(UUID tenantId, String reason, Instant detectedAt) {}

    private static final String CHAIN = "tenant_id IS NOT DISTINCT FROM current_tenant()";

    private final JdbcClient jdbc;

    AuditAnchors(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The first keyed place in the chain: rows before it were sealed with plain SHA-256. */
    long cutover() {
        return jdbc.sql("SELECT first_keyed_seq FROM audit_chain_cutover WHERE " + CHAIN)
                .query(Long.class)
                .optional()
                .orElse(1L);
    }

    /** Every anchor of the chain, in order of place. */
    List<Anchor> all() {
        return jdbc.sql("SELECT chain_seq, hash, anchored_at, key_id, mac FROM audit_anchor WHERE " + CHAIN
                        + " ORDER BY chain_seq, id")
                .query((rs, n) -> new Anchor(
                        rs.getLong("chain_seq"),
                        rs.getString("hash"),
                        rs.getTimestamp("anchored_at").toInstant(),
                        rs.getString("key_id"),
                        rs.getString("mac")))
                .list();
    }

    /** The anchor furthest along the chain, if any. */
    Optional<Anchor> last() {
        List<Anchor> all = all();
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    void add(long seq, String hash, Instant at, String keyId, String mac) {
        jdbc.sql("""
        INSERT INTO audit_anchor (tenant_id, chain_seq, hash, anchored_at, key_id, mac) VALUES (?, ?, ?, ?, ?, ?)""")
                .params(TenantContext.current().orElse(null), seq, hash, Timestamp.from(at), keyId, mac)
                .update();
    }

    /** True when this break (same first broken record and reason) is already known and not resolved. */
    boolean known(Long firstBrokenId, String reason) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM audit_chain_break WHERE " + CHAIN
                        + " AND resolved_at IS NULL AND first_broken_id IS NOT DISTINCT FROM ? AND reason = ?)")
                .params(firstBrokenId, reason)
                .query(Boolean.class)
                .single();
    }

    /** Records a new break; an earlier break of the chain that is still open counts as replaced by it. */
    void open(Long firstBrokenId, String reason, Instant at) {
        resolve(at);
        jdbc.sql("""
        INSERT INTO audit_chain_break (tenant_id, first_broken_id, reason, detected_at) VALUES (?, ?, ?, ?)""")
                .params(TenantContext.current().orElse(null), firstBrokenId, reason, Timestamp.from(at))
                .update();
    }

    /** Marks the chain's open breaks resolved; returns how many there were. */
    int resolve(Instant at) {
        return jdbc.sql("UPDATE audit_chain_break SET resolved_at = ? WHERE " + CHAIN + " AND resolved_at IS NULL")
                .param(Timestamp.from(at))
                .update();
    }

    /** The open breaks of every chain, for the health check. */
    List<OpenBreak> openBreaks() {
        return jdbc.sql("SELECT tenant_id, reason, detected_at FROM audit_open_breaks()")
                .query((rs, n) -> new OpenBreak(
                        rs.getObject("tenant_id", UUID.class),
                        rs.getString("reason"),
                        rs.getTimestamp("detected_at").toInstant()))
                .list();
    }
}
