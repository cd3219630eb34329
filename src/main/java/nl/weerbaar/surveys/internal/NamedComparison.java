package nl.weerbaar.surveys.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.weerbaar.platform.AuditLog;
import nl.weerbaar.platform.TenantContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The current municipality's consent to be shown by name to the other municipalities in the benchmark, and the
 * figures of the municipalities that gave theirs (from the owner function {@code survey_named_benchmark}, which
 * reads the consent at the moment of the call and offers nothing that would single out one that did not agree).
 */
@Service
class NamedComparison {

    /** One municipality that agreed: its name and answer totals per question code and option. */
    record Named(String name, int minGroup, Map<String, Map<Integer, Long>> answers) {

        /** The headline share of {@code q}, or null when the question was answered by fewer than {@code minGroup}. */
        Share share(Question q) {
            Map<Integer, Long> values = answers.get(q.code());
            if (values == null
                    || !q.choice()
                    || values.values().stream().mapToLong(Long::longValue).sum() < minGroup) {
                return null;
            }
            return ResultsService.share(q, values);
        }
    }

    private final JdbcClient jdbc;
    private final AuditLog audit;

    NamedComparison(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** Whether the current municipality agreed to be shown by name; false until someone turns it on. */
    boolean consented() {
        return jdbc.sql("SELECT consented FROM survey_named_consent WHERE tenant_id = ?")
                .param(TenantContext.require())
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    /** Gives or withdraws the consent of the current municipality; a change is audited, a repeat is not. */
    @Transactional
    void consent(boolean consent) {
        UUID tenant = TenantContext.require();
        if (consented() == consent) {
            return;
        }
        jdbc.sql("""
        INSERT INTO survey_named_consent (tenant_id, consented, changed_on) VALUES (?, ?, current_date)
        ON CONFLICT (tenant_id) DO UPDATE SET consented = excluded.consented, changed_on = current_date""").params(tenant, consent).update();
        audit.record(
                AuditLog.Action.UPDATE,
                "survey-named-consent",
                tenant,
                consent ? "named comparison consent given" : "named comparison consent withdrawn");
    }

    /** The municipalities shown by name next to the benchmark, in alphabetical order; empty when none may be. */
    List<Named> others(Variant variant, int minGroupSize) {
        Map<UUID, String> names = new LinkedHashMap<>();
        Map<UUID, Integer> groups = new HashMap<>();
        Map<UUID, Map<String, Map<Integer, Long>>> answers = new HashMap<>();
        jdbc.sql("SELECT municipality_id, municipality_name, min_group, question_code, value, n"
                        + " FROM survey_named_benchmark(?, ?) ORDER BY municipality_name, municipality_id")
                .params(variant.name(), minGroupSize)
                .query(rs -> {
                    UUID id = rs.getObject(1, UUID.class);
                    names.putIfAbsent(id, rs.getString(2));
                    groups.put(id, rs.getInt(3));
                    answers.computeIfAbsent(id, x -> new HashMap<>())
                            .computeIfAbsent(rs.getString(4), x -> new HashMap<>())
                            .put(rs.getInt(5), rs.getLong(6));
                });
        List<Named> named = new ArrayList<>();
        names.forEach((id, name) -> {
            Map<String, Map<Integer, Long>> a = answers.get(id);
            a.remove("_n");
            named.add(new Named(name, groups.get(id), a));
        });
        return named;
    }
}
