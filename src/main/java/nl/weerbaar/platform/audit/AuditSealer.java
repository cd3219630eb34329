package nl.weerbaar.platform.audit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Links new audit records into their chain a few seconds after they are written: the database gives each its place
 * and canonical text ({@code audit_pending}), this class computes {@code HMAC-SHA256(key, prev_hash || canonical)}
 * with the current {@link AuditKeys key}, and the database checks and stores the links ({@code audit_apply}).
 */
@Component
public class AuditSealer {

    static final int BATCH = 1000;

    private final JdbcClient jdbc;
    private final AuditKeys keys;

    AuditSealer(JdbcClient jdbc, AuditKeys keys) {
        this.jdbc = jdbc;
        this.keys = keys;
    }

    @Scheduled(fixedDelayString = "${weerbaar.jobs.audit-seal-interval:PT5S}")
    @SchedulerLock(name = "audit-seal", lockAtMostFor = "PT1M")
    public void sealScheduled() {
        seal();
    }

    private record Pending(long id, UUID tenantId, long seq, String prevHash, String canonical) {}

    /** Seals everything written so far, in every chain; returns how many records were sealed. */
    @Transactional
    public int seal() {
        int sealed = 0;
        while (true) {
            List<Pending> batch = jdbc.sql(
                            "SELECT id, tenant_id, chain_seq, prev_hash, canonical FROM audit_pending(?)")
                    .param(BATCH)
                    .query((rs, n) -> new Pending(
                            rs.getLong("id"),
                            rs.getObject("tenant_id", UUID.class),
                            rs.getLong("chain_seq"),
                            rs.getString("prev_hash"),
                            rs.getString("canonical")))
                    .list();
            if (batch.isEmpty()) {
                return sealed;
            }
            apply(batch);
            sealed += batch.size();
            if (batch.size() < BATCH) {
                return sealed;
            }
        }
    }

    private void apply(List<Pending> batch) {
        Map<UUID, String> heads = new HashMap<>();
        List<Long> ids = new ArrayList<>();
        List<Long> seqs = new ArrayList<>();
        List<String> prevs = new ArrayList<>();
        List<String> hashes = new ArrayList<>();
        for (Pending p : batch) {
            // the first row of a chain in the batch comes with the chain's head; the next ones follow the row before
            String prev = p.prevHash() != null ? p.prevHash() : heads.get(chain(p.tenantId()));
            String hash = keys.mac(prev + p.canonical());
            heads.put(chain(p.tenantId()), hash);
            ids.add(p.id());
            seqs.add(p.seq());
            prevs.add(prev);
            hashes.add(hash);
        }
        jdbc.sql("SELECT audit_apply(?, ?, ?, ?, ?)")
                .params(
                        ids.toArray(Long[]::new),
                        seqs.toArray(Long[]::new),
                        prevs.toArray(String[]::new),
                        hashes.toArray(String[]::new),
                        keys.currentId())
                .query(Integer.class)
                .single();
    }

    private static UUID chain(UUID tenantId) {
        return tenantId == null ? AuditChainVerifier.PLATFORM : tenantId;
    }
}
